import Link from 'next/link';
import { answerParts } from '../links';

/** An answer of the assistant: plain text, with links to the records it mentions. */
export function AnswerText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {answerParts(text).map((part, i) =>
        'href' in part ? (
          <Link key={i} href={part.href} className="font-medium text-primary underline underline-offset-2">
            {part.label}
          </Link>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
