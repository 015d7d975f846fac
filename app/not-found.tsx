import { NotFoundMessage } from "@/components/ui/not-found-message";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return <NotFoundMessage />;
}
