import { useSearchParams } from 'react-router-dom';

/**
 * The environment a tab shows, by name, kept in the page's `?env=` so that it survives switching
 * tabs and a link can point at it.
 */
export function useSelectedEnvironment(): [string | undefined, (name: string) => void] {
  const [params, setParams] = useSearchParams();
  const selected = params.get('env') ?? undefined;
  const select = (name: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('env', name);
        return next;
      },
      { replace: true },
    );
  return [selected, select];
}
