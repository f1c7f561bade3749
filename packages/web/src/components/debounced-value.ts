import { useEffect, useState } from "react";

/**
 * The value once it has stood still for `milliseconds`: a search as you type asks the API when the typing
 * pauses, not at every key.
 */
export function useDebouncedValue<Value>(value: Value, milliseconds: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), milliseconds);
    return () => clearTimeout(timer);
  }, [value, milliseconds]);
  return settled;
}
