import type { AccessCase } from './cases';
import { checkinCases } from './checkinCases';
import { peopleCases } from './peopleCases';

/** Every endpoint's row of the access matrix; a part adds its own file and one entry here. */
export const accessCases: AccessCase[] = [...peopleCases, ...checkinCases];
