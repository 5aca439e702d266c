/** Fluent's spinner with its label, in a chunk of its own: the first view never waits on anything, so never spins. */
import { Spinner } from "@fluentui/react-components";

export default function LoadingSpinner({ label }: { label: string }) {
  return <Spinner size="small" label={label} />;
}
