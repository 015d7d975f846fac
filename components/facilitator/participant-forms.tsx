"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addParticipantAction, importParticipantsAction } from "@/app/(app)/app/actions";
import { Field } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/ui/styles";
import { ZParticipantAdd, ZParticipantList } from "@/lib/validation/participant";
import type { z } from "zod";
import { useInviteLinks } from "./invite-links-context";
import { NewLinks } from "./new-links";

type Add = z.input<typeof ZParticipantAdd>;
type List = z.input<typeof ZParticipantList>;

/** Add one participant, or paste a list; either way the new links join the page's list, ready to copy. */
export function ParticipantForms({ assessmentId, emailConfigured }: { assessmentId: string; emailConfigured: boolean }) {
  const { add: addLinks } = useInviteLinks();
  const [addError, setAddError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const add = useForm<Add>({ resolver: zodResolver(ZParticipantAdd), defaultValues: { assessmentId, side: "marketing", tier: "leader", email: "" } });
  const list = useForm<List>({ resolver: zodResolver(ZParticipantList), defaultValues: { assessmentId } });

  const onAdd = add.handleSubmit(async (values) => {
    setAddError(null);
    const result = await addParticipantAction(values);
    if (!result.ok) {
      setAddError(result.error);
      for (const [k, m] of Object.entries(result.fieldErrors ?? {})) add.setError(k as keyof Add, { message: m });
      return;
    }
    addLinks(result.data);
    add.reset({ assessmentId, side: values.side, tier: values.tier, email: "", name: "" });
  });
  const onImport = list.handleSubmit(async (values) => {
    setListError(null);
    const result = await importParticipantsAction(values);
    if (!result.ok) {
      setListError(result.error);
      for (const [k, m] of Object.entries(result.fieldErrors ?? {})) list.setError(k as keyof List, { message: m });
      return;
    }
    addLinks(result.data);
    list.reset({ assessmentId, text: "" });
  });

  return (
    <div className="grid gap-6">
      <NewLinks />
      <div className="grid gap-8 lg:grid-cols-2">
        <form onSubmit={onAdd} noValidate aria-labelledby="add-title" className="grid content-start gap-3">
          <h3 id="add-title" className="text-lg font-semibold">
            Add a participant
          </h3>
          <Field id="p-name" label="Name" error={add.formState.errors.name?.message}>
            {(p) => <input {...p} {...add.register("name")} />}
          </Field>
          <Field id="p-email" label="Email (optional)" hint={emailConfigured ? "The invitation is e-mailed when given" : "E-mail is not configured: copy the link instead"} error={add.formState.errors.email?.message}>
            {(p) => <input {...p} type="email" {...add.register("email")} />}
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="p-side" label="Side" error={add.formState.errors.side?.message}>
              {(p) => (
                <select {...p} {...add.register("side")}>
                  <option value="marketing">Marketing</option>
                  <option value="it">IT</option>
                </select>
              )}
            </Field>
            <Field id="p-tier" label="Tier" error={add.formState.errors.tier?.message}>
              {(p) => (
                <select {...p} {...add.register("tier")}>
                  <option value="leader">Leader</option>
                  <option value="team">Team member</option>
                </select>
              )}
            </Field>
          </div>
          {addError ? (
            <p role="alert" className="font-medium text-red-700">
              {addError}
            </p>
          ) : null}
          <div>
            <button type="submit" className={primaryButtonClass} disabled={add.formState.isSubmitting}>
              Add participant
            </button>
          </div>
        </form>
        <form onSubmit={onImport} noValidate aria-labelledby="import-title" className="grid content-start gap-3">
          <h3 id="import-title" className="text-lg font-semibold">
            Paste a list
          </h3>
          <Field id="p-list" label="One participant per line: name, email, side, tier" hint="Example: Maya Chen, maya@example.com, marketing, leader. A list with any bad line imports nothing." error={list.formState.errors.text?.message}>
            {(p) => <textarea {...p} rows={6} {...list.register("text")} />}
          </Field>
          {listError ? (
            <p role="alert" className="font-medium text-red-700">
              {listError}
            </p>
          ) : null}
          <div>
            <button type="submit" className={primaryButtonClass} disabled={list.formState.isSubmitting}>
              Import list
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
