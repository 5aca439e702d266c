/** A search box with the live count (or the no-match message) under it, as the data and function lists use. */
import { Caption1, SearchBox } from "@fluentui/react-components";

export function SearchField({
  label,
  query,
  onQuery,
  status,
}: {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  /** What the search found: "24 datasets", or why nothing. */
  status: string;
}) {
  return (
    <>
      <SearchBox aria-label={label} placeholder={label} value={query} onChange={(_, data) => onQuery(data.value)} />
      <Caption1 role="status">{status}</Caption1>
    </>
  );
}
