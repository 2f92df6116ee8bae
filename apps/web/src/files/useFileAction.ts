import { useState } from 'react';

/**
 * Which action of a file is open in its dialog, and what was just registered: what every file
 * screen wires around its actions. `dialog` is what the kind's event dialog takes (FileEventProps
 * but the file and the user), null while none is open; `notice` is DoneNotice's.
 */
export function useFileAction<K extends string, T>({
  eventLabels,
  refetch,
  onDone,
}: {
  /** What each event is called in the file's timeline: «Se registró: …». */
  eventLabels: Record<string, string>;
  /** Reads the file again (a change in between refused the action). */
  refetch: () => unknown;
  /** After the notice: RECTIFY opens the resolution it created. */
  onDone?: (type: K, updated: T) => void;
}) {
  const [action, setAction] = useState<K | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    open: (type: K) => setAction(type),
    notice: { message: done, onClose: () => setDone(null) },
    dialog:
      action === null
        ? null
        : {
            type: action,
            onClose: () => setAction(null),
            onDone: (updated: T) => {
              setAction(null);
              setDone(`Se registró: ${eventLabels[action] ?? action}.`);
              onDone?.(action, updated);
            },
            onReload: () => {
              setAction(null);
              void refetch();
            },
          },
  };
}
