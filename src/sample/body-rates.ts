// The hard-coded policy parameters the sample bodies carry, as real Gen estates do: tax rates, bracket limits,
// phase-out rates and thresholds per year (amounts close to the Dutch figures of those years), and the Dutch
// remarks and release-history lines of the NOTEs.
import type { SampleChain } from './chains.js';

/** A two-bracket rate rule: rate `low` up to `limit`, rate `high` above it. */
export interface BracketRule {
  year: number;
  limit: string;
  low: string;
  high: string;
  label: string;
}

/** Bracket rules per chain. */
export const BRACKETS: Readonly<Record<SampleChain['key'], readonly BracketRule[]>> = {
  IH: [
    { year: 2024, limit: '75518', low: '0.3697', high: '0.4950', label: 'box 1' },
    { year: 2023, limit: '73031', low: '0.3693', high: '0.4950', label: 'box 1' },
    { year: 2022, limit: '69398', low: '0.3707', high: '0.4950', label: 'box 1' },
    { year: 2024, limit: '67000', low: '0.2450', high: '0.3300', label: 'box 2' },
    { year: 2024, limit: '40021', low: '0.1907', high: '0.3697', label: 'AOW-leeftijd' },
  ],
  VPB: [
    { year: 2024, limit: '200000', low: '0.1900', high: '0.2580', label: 'vpb' },
    { year: 2022, limit: '395000', low: '0.1500', high: '0.2580', label: 'vpb' },
    { year: 2020, limit: '200000', low: '0.1650', high: '0.2500', label: 'vpb' },
  ],
  LH: [
    { year: 2024, limit: '75518', low: '0.3697', high: '0.4950', label: 'tabel' },
    { year: 2023, limit: '73031', low: '0.3693', high: '0.4950', label: 'tabel' },
    { year: 2025, limit: '38441', low: '0.3582', high: '0.3748', label: 'tabel' },
  ],
  SHARED: [{ year: 2024, limit: '1000', low: '0.0100', high: '0.0100', label: 'afronding' }],
};

/** A phase-out rule: `max` up to `start`, then minus `rate` per euro, nothing from `end`. */
export interface PhaseOutRule {
  year: number;
  max: string;
  start: string;
  end: string;
  rate: string;
  label: string;
}

export const PHASE_OUT: readonly PhaseOutRule[] = [
  { year: 2024, max: '3362', start: '24812', end: '75518', rate: '0.06630', label: 'algemene heffingskorting' },
  { year: 2023, max: '3070', start: '22660', end: '73031', rate: '0.06095', label: 'algemene heffingskorting' },
  { year: 2024, max: '5532', start: '39957', end: '124934', rate: '0.06510', label: 'arbeidskorting' },
];

/** One-off parameters used in single statements (limit, rate, label). */
export const SINGLE_RATES: Readonly<Record<SampleChain['key'], readonly { value: string; label: string }[]>> = {
  IH: [
    { value: '0.0035', label: 'eigenwoningforfait' },
    { value: '0.0604', label: 'forfait overige bezittingen box 3' },
    { value: '0.0103', label: 'forfait banktegoeden box 3' },
    { value: '0.3600', label: 'tarief box 3' },
    { value: '1.2', label: 'verhoging ambtshalve aanslag' },
  ],
  VPB: [
    { value: '0.0900', label: 'tarief innovatiebox' },
    { value: '0.5000', label: 'verliesverrekening boven 1 miljoen' },
    { value: '1.2', label: 'verhoging navordering' },
  ],
  LH: [
    { value: '0.0657', label: 'bijdrage Zvw werkgever' },
    { value: '0.2200', label: 'bijtelling auto van de zaak' },
    { value: '1.2', label: 'gebruteerd loon (factor)' },
  ],
  SHARED: [{ value: '0.5', label: 'afronding halve cent' }],
};

/** Thresholds compared against (limit, label). */
export const LIMITS: Readonly<Record<SampleChain['key'], readonly { value: string; label: string }[]>> = {
  IH: [
    { value: '57000', label: 'heffingvrij vermogen' },
    { value: '75518', label: 'grens eerste schijf' },
    { value: '1000', label: 'drempel persoonsgebonden aftrek' },
    { value: '10000', label: 'grens voorlopige aanslag' },
  ],
  VPB: [
    { value: '1000000', label: 'grens verliesverrekening' },
    { value: '5', label: 'drempel deelneming (procent)' },
    { value: '200000', label: 'grens eerste schijf vpb' },
  ],
  LH: [
    { value: '71628', label: 'maximum premieloon' },
    { value: '9', label: 'aantal tijdvakken' },
    { value: '2500', label: 'drempel correctie' },
  ],
  SHARED: [{ value: '100', label: 'centen per euro' }],
};

/** Dutch remarks for NOTEs in the middle of a body (each line at most 50 characters). */
export const REMARKS: readonly (readonly string[])[] = [
  ['Let op: bedragen in euro\'s; vóór 2002 in guldens.'],
  ['Tarieven per jaar hard gecodeerd; zie', 'wijzigingsverzoek in het Belastingplan.'],
  ['Coördinatie met de keten Toeslagen:', 'het partnerbegrip moet gelijk blijven.'],
  ['Tijdelijke oplossing; wordt vervangen in de', 'nieuwe omgeving (zie MJP).'],
  ['Bij een negatief bedrag geen korting (één regel).'],
  ['Beëindiging per einde maand; het geïnde', 'bedrag blijft staan.'],
  ['Naar beneden afronden op hele euro\'s (€).'],
  ['Niet wijzigen zonder overleg met de ketenregie.'],
  ['Reële waarde volgens opgave; zie ook de', 'toelichting bij de aangifte.'],
];

/** Release-history reasons, each with the first year it can appear and, when specific, the chains it fits. */
export const RELEASE_REASONS: readonly { from: number; text: string; chains?: readonly SampleChain['key'][] }[] = [
  { from: 1996, text: 'Foutherstel na productie-incident' },
  { from: 1999, text: 'Jaar 2000: datumvelden vierjarig' },
  { from: 2001, text: 'Wet IB 2001: invoering boxenstelsel', chains: ['IH'] },
  { from: 2001, text: 'Omzetting guldens naar euro\'s' },
  { from: 2004, text: 'Tarieven geïndexeerd' },
  { from: 2006, text: 'Coördinatie met keten Toeslagen', chains: ['IH', 'LH'] },
  { from: 2006, text: 'Loonaangifteketen: nieuw bericht', chains: ['LH'] },
  { from: 2007, text: 'Innovatiebox ingevoerd (octrooibox)', chains: ['VPB'] },
  { from: 2009, text: 'Performance: READ EACH met index' },
  { from: 2011, text: 'Afronding gecorrigeerd (één cent)' },
  { from: 2011, text: 'Werkkostenregeling ingevoerd', chains: ['LH'] },
  { from: 2013, text: 'Belastingplan 2013 verwerkt' },
  { from: 2016, text: 'Nieuwe rendementsklassen box 3', chains: ['IH'] },
  { from: 2019, text: 'ATAD1: renteaftrekbeperking', chains: ['VPB'] },
  { from: 2019, text: 'Tweeschijvenstelsel voorbereid', chains: ['IH', 'LH'] },
  { from: 2020, text: 'Tarieven 2020 (twee schijven)', chains: ['IH', 'LH'] },
  { from: 2022, text: 'Verliesverrekening onbeperkt in tijd', chains: ['VPB'] },
  { from: 2022, text: 'Herstel box 3 na arrest Hoge Raad', chains: ['IH'] },
  { from: 2023, text: 'Beëindiging oude regeling' },
];
