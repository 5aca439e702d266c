/**
 * The card of a cell that holds an entity (AMC.PROFILE's company card), as Excel opens a data type's card: its
 * title and subtitle, its sections of fields (name, sublabel, value under its number format), how a formula reads
 * a field, and who provides the data. A dialog named by its title: focus moves into it, Escape or its button closes
 * it and gives focus back to the grid.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { formatCellValue } from "../../excel-rules/number-format";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/ui";
import { basicValueOf, isTypedValue } from "../rich-values";

type Card = Excel.EntityCellValue;
type Property = Excel.EntityPropertyType & { propertyMetadata?: Excel.CellValuePropertyMetadata };

/** A property's value as its card shows it: a number under its format, text as it is. */
function shownValue(property: Property | undefined): string {
  if (!property || !isTypedValue(property)) return "";
  const basic = basicValueOf(property);
  const format = property.type === "Double" ? property.numberFormat : undefined;
  return basic === undefined ? "" : formatCellValue(basic, format);
}

function titleOf(card: Card, title: string | Excel.CardLayoutPropertyReference | undefined): string {
  if (typeof title === "string") return title;
  if (title) return shownValue(card.properties?.[title.property] as Property);
  return card.text ?? "";
}

/** A field's name as a formula after the dot: in brackets where it holds anything but letters, digits and _. */
const fieldReference = (name: string) => (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `[${name}]`);

function Field({ name, property }: { name: string; property: Property }) {
  const sublabel = property.propertyMetadata?.sublabel;
  const source = property.propertyMetadata?.attribution?.[0]?.sourceText;
  return (
    <div className="card-field" title={source}>
      <dt>
        {name}
        {sublabel ? <span className="card-sublabel">{sublabel}</span> : null}
      </dt>
      <dd className={property.type === "Double" ? "card-number" : undefined}>{shownValue(property)}</dd>
    </div>
  );
}

interface EntityCardProps {
  card: Card;
  /** The cell's address (A2), for the field reference the card shows. */
  address: string;
  locale: Locale;
  onClose: () => void;
}

export function EntityCard({ card, address, locale, onClose }: EntityCardProps) {
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const layout = card.layouts?.card;
  const properties = (card.properties ?? {}) as Record<string, Property>;
  const sections = layout?.sections ?? [{ layout: "List" as const, properties: Object.keys(properties) }];
  const subtitle = layout?.subTitle;
  const exampleField = typeof subtitle === "object" ? subtitle.property : (Object.keys(properties)[0] ?? "");

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      className="entity-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="entity-card"
      onKeyDown={onKeyDown}
    >
      <div className="card-header">
        <div>
          <h2 id={titleId}>{titleOf(card, layout?.title)}</h2>
          {layout?.subTitle ? <p className="card-subtitle">{titleOf(card, layout.subTitle)}</p> : null}
        </div>
        <button ref={close} type="button" className="card-close" onClick={onClose}>
          {translate(locale, "preview.card.close")}
        </button>
      </div>
      <div className="card-body">
        {sections.map((section, i) => (
          <section key={i} className={`card-section card-${section.layout.toLowerCase()}`}>
            {section.title ? <h3>{section.title}</h3> : null}
            <dl>
              {section.properties
                .filter((name) => properties[name] !== undefined)
                .map((name) => (
                  <Field key={name} name={name} property={properties[name]} />
                ))}
            </dl>
          </section>
        ))}
      </div>
      <footer className="card-footer">
        <code>{translate(locale, "preview.card.fields", { cell: address, field: fieldReference(exampleField) })}</code>
        {card.provider?.description ? <span>{card.provider.description}</span> : null}
      </footer>
    </div>
  );
}
