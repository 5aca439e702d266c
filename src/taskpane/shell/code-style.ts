/** The pane's inline code: a function name or formula shown in running text, as a small monospace chip. */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const inlineCode: GriffelStyle = {
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase200,
  backgroundColor: tokens.colorNeutralBackground3,
  padding: `0 ${tokens.spacingHorizontalXXS}`,
  borderRadius: tokens.borderRadiusSmall,
};
