/** Text with every phone number in it as a link that dials (the islands' PhoneLink). */
import { splitPhones, telHref } from '../presentation/phones';

export function PhoneLink({ number }: { number: string }) {
  return (
    <a class="phone" href={telHref(number)}>
      {number}
    </a>
  );
}

export default function PhoneText({ text }: { text: string }) {
  return <>{splitPhones(text).map((part) => ('phone' in part ? <PhoneLink number={part.phone} /> : part.text))}</>;
}
