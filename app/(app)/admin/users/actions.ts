"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action";
import type { Invitation } from "@/lib/admin/types";
import { changeUserRole, disableUser, enableUser, resetTwoFactor } from "@/lib/data/user-accounts";
import { inviteUser, renewInvitation } from "@/lib/data/user-invitations";
import { ZUserAccountChange, ZUserInvite, ZUserRoleChange } from "@/lib/validation/user";

// Thin: runAction authenticates and validates; each data function checks "users:manage" itself (admins with
// two-factor only), so a facilitator calling these actions directly changes nothing.

export interface ShownInvitation {
  userId: string;
  name: string;
  email: string;
  link: string;
  emailed: boolean;
  expiresAt: string;
}

const shown = (i: Invitation): ShownInvitation => ({ ...i, expiresAt: i.expiresAt.toISOString() });

export async function inviteUserAction(input: unknown) {
  return runAction(ZUserInvite, input, async (actor, data) => {
    const invitation = await inviteUser(actor, data);
    revalidatePath("/admin/users");
    return shown(invitation);
  });
}

export async function changeUserRoleAction(input: unknown) {
  return runAction(ZUserRoleChange, input, async (actor, { userId, role }) => {
    await changeUserRole(actor, userId, role);
    revalidatePath("/admin/users");
    return null;
  });
}

export async function changeUserAccountAction(input: unknown) {
  return runAction(ZUserAccountChange, input, async (actor, { userId, change }): Promise<ShownInvitation | null> => {
    let invitation: ShownInvitation | null = null;
    if (change === "disable") await disableUser(actor, userId);
    else if (change === "enable") await enableUser(actor, userId);
    else if (change === "reset-two-factor") await resetTwoFactor(actor, userId);
    else invitation = shown(await renewInvitation(actor, userId));
    revalidatePath("/admin/users");
    return invitation;
  });
}
