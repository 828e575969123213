import { fileFrom, saveFile } from '@portico/ui';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { useInvalidateContacts } from './contact';

export type LetterSkipReason = 'not_found' | 'suspended' | 'enrolled';

export interface PrintedLetters {
  printed: number;
  skipped: { contactId: string; reason: LetterSkipReason }[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** The summary the API sends beside the PDF; a missing or odd header reads as nothing skipped. */
function summaryOf(response: Response, fallbackCount: number): PrintedLetters {
  const printed = Number(response.headers.get('x-letters-printed') ?? fallbackCount);
  let skipped: PrintedLetters['skipped'] = [];
  try {
    const parsed: unknown = JSON.parse(response.headers.get('x-letters-skipped') ?? '[]');
    if (Array.isArray(parsed)) skipped = parsed as PrintedLetters['skipped'];
  } catch {
    skipped = [];
  }
  return { printed: Number.isFinite(printed) ? printed : fallbackCount, skipped };
}

/** One contact's letter, saved as a PDF (fetched with the session's token, so never a plain link). */
export function usePrintLetter() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: async (contactId: string): Promise<PrintedLetters> => {
      const result = await api.POST('/api/v1/contacts/{id}/invitation-letter', {
        params: { path: { id: contactId } },
        parseAs: 'blob',
      });
      saveFile(fileFrom(result, `invitation-letter-${today()}.pdf`));
      return summaryOf(result.response, 1);
    },
    onSuccess: invalidate,
  });
}

/** Letters for chosen contacts, one PDF with a page each. */
export function usePrintLetters() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: async (contactIds: string[]): Promise<PrintedLetters> => {
      const result = await api.POST('/api/v1/invitation-letters', {
        body: { contactIds },
        parseAs: 'blob',
      });
      saveFile(fileFrom(result, `invitation-letters-${today()}.pdf`));
      return summaryOf(result.response, contactIds.length);
    },
    onSuccess: invalidate,
  });
}

const reasonWords: Record<LetterSkipReason, [string, string]> = {
  enrolled: ['already enrolled', 'already enrolled'],
  suspended: ['suspended', 'suspended'],
  not_found: ['no longer exists', 'no longer exist'],
};

/** "Printed 3 letters. Skipped 2: 1 already enrolled, 1 suspended." */
export function lettersSummary({ printed, skipped }: PrintedLetters): string {
  const head = `Printed ${printed} ${printed === 1 ? 'letter' : 'letters'}.`;
  if (skipped.length === 0) return head;
  const counts = new Map<LetterSkipReason, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${n} ${reasonWords[reason]?.[n === 1 ? 0 : 1] ?? reason}`);
  return `${head} Skipped ${skipped.length}: ${parts.join(', ')}.`;
}
