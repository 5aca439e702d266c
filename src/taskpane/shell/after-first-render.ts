/**
 * Whether the component's first render has been painted: false during that render, true from a render after it.
 * The App starts what is not its first view only then (chunks of their own, the workbook check), so their scripts
 * are requested after the first paint instead of by the render (or the effects) that produce it.
 */
import { useEffect, useState } from "react";

export function useAfterFirstRender(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A task, not the effect itself: effects of a synchronous first render run before the browser paints.
    const timer = setTimeout(() => setPainted(true));
    return () => clearTimeout(timer);
  }, []);
  return painted;
}
