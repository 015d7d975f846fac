// better-auth's HTTP endpoints (/api/auth/sign-in/email, /api/auth/two-factor/*, …). The instance is created on
// the first request, so building the app never needs the secret or the database.
import { getAuth } from "@/lib/auth/server";

export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
