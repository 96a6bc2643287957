import type { AccessCase } from './cases';
import { checkinCases } from './checkinCases';
import { matchCases } from './matchCases';
import { meetingCases } from './meetingCases';
import { peopleCases } from './peopleCases';
import { programmeCases } from './programmeCases';

/** Every endpoint's row of the access matrix; a part adds its own file and one entry here. */
export const accessCases: AccessCase[] = [
  ...peopleCases,
  ...matchCases,
  ...meetingCases,
  ...programmeCases,
  ...checkinCases,
];
