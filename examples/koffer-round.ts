/**
 * A fictional koffer round, and the re-evaluation six months later, on the example connectie
 * template: the team of the (made-up) branch library De Linde, five respondents. The data is as a
 * team hands it in — JSON-friendly, not yet validated — so the demo can show what the library says
 * about it: one sheet of the first round has ties and is left out, and the first draft of the
 * action plan has a lone action and an empty text.
 */
import type { ActionPairInput, ActionStatus } from "../src/koffer/actions.js";
import type { KofferSheetInput } from "../src/koffer/index.js";

/**
 * One round of a team's koffer as handed in: the sheets, the team score the team decided and the
 * action plan, all still to be validated.
 *
 * @example
 * const round: ExampleKofferRound = exampleKofferRound;
 * aggregateSheets(exampleConnectieTemplate, round.sheets).counts; //=> { received: 6, valid: 5, leftOut: 1 }
 */
export interface ExampleKofferRound {
  readonly team: string;
  /** The day the team filled in the koffer, `YYYY-MM-DD`. */
  readonly date: string;
  readonly sheets: readonly KofferSheetInput[];
  /** The team score the team decided after the discussion (category id → points). */
  readonly teamScore: Readonly<Record<string, number>>;
  /** The action plan as first written down, before the check: not necessarily pairs yet. */
  readonly actionPlanDraft?: readonly unknown[];
  /** The action plan the team agreed on; in a later round with the statuses as they now stand. */
  readonly actionPlan: readonly ActionPairInput[];
}

/** The action pairs of the first round, without a status (open). */
const networking: ActionPairInput = {
  category: "netwerken",
  small: { text: "Op de gemeentelijke bijeenkomst in oktober twee nieuwe partners aanspreken." },
  large: { text: "Een vast overleg opzetten met de scholen en het welzijnswerk in de wijk." },
};
const surroundings: ActionPairInput = {
  category: "omgevingsbewustzijn",
  small: { text: "Elke week één bericht uit de wijkkrant in het teamoverleg bespreken." },
  large: { text: "Met de gemeente een omgevingsanalyse van de wijk maken." },
};
const creativity: ActionPairInput = {
  category: "creativiteit",
  small: { text: "Elke maand één nieuw idee voor de jeugdafdeling uitproberen." },
  large: { text: "Met bezoekers een nieuwe dienst bedenken, testen en invoeren." },
};

/** A pair of the first round with the statuses it has in the second. */
function withStatus(pair: ActionPairInput, small: ActionStatus, large: ActionStatus) {
  return {
    category: pair.category,
    small: { text: pair.small.text, status: small },
    large: { text: pair.large.text, status: large },
  };
}

/**
 * September 2025: the first round. Femke's sheet gives four boxes 10 points and two boxes 5, which
 * the rules forbid ("niet toegestaan om twee vakjes een gelijk aantal punten te geven").
 *
 * @example
 * exampleKofferRound.sheets.length; //=> 6
 */
export const exampleKofferRound: ExampleKofferRound = {
  team: "Vestiging De Linde",
  date: "2025-09-15",
  sheets: [
    {
      respondent: "anna",
      scores: {
        netwerken: 8,
        klantcontact: 25,
        samenwerken: 20,
        creativiteit: 10,
        initiatief: 12,
        communicatie: 15,
        flexibiliteit: 6,
        omgevingsbewustzijn: 4,
      },
    },
    {
      respondent: "bram",
      scores: {
        netwerken: 5,
        klantcontact: 30,
        samenwerken: 22,
        creativiteit: 8,
        initiatief: 10,
        communicatie: 12,
        flexibiliteit: 9,
        omgevingsbewustzijn: 4,
      },
    },
    {
      respondent: "chantal",
      scores: {
        netwerken: 12,
        klantcontact: 20,
        samenwerken: 25,
        creativiteit: 15,
        initiatief: 6,
        communicatie: 10,
        flexibiliteit: 8,
        omgevingsbewustzijn: 3,
      },
    },
    {
      respondent: "daan",
      scores: {
        netwerken: 3,
        klantcontact: 28,
        samenwerken: 18,
        creativiteit: 14,
        initiatief: 16,
        communicatie: 9,
        flexibiliteit: 10,
        omgevingsbewustzijn: 2,
      },
    },
    {
      respondent: "eva",
      scores: {
        netwerken: 10,
        klantcontact: 22,
        samenwerken: 24,
        creativiteit: 6,
        initiatief: 8,
        communicatie: 18,
        flexibiliteit: 12,
        omgevingsbewustzijn: 0,
      },
    },
    {
      respondent: "femke",
      scores: {
        netwerken: 10,
        klantcontact: 30,
        samenwerken: 20,
        creativiteit: 10,
        initiatief: 10,
        communicatie: 10,
        flexibiliteit: 5,
        omgevingsbewustzijn: 5,
      },
    },
  ],
  teamScore: {
    netwerken: 7,
    klantcontact: 25,
    samenwerken: 22,
    creativiteit: 11,
    initiatief: 10,
    communicatie: 13,
    flexibiliteit: 9,
    omgevingsbewustzijn: 3,
  },
  actionPlanDraft: [
    networking,
    { ...surroundings, large: { text: " " } },
    { category: "creativiteit", small: creativity.small },
  ],
  actionPlan: [networking, surroundings, creativity],
};

/**
 * March 2026, six months on: the same five respondents look again. The networking pair is done,
 * the other two are under way, and the team adds a pair for its new gap, flexibility.
 *
 * @example
 * exampleKofferRoundLater.date; //=> "2026-03-16"
 */
export const exampleKofferRoundLater: ExampleKofferRound = {
  team: "Vestiging De Linde",
  date: "2026-03-16",
  sheets: [
    {
      respondent: "anna",
      scores: {
        netwerken: 14,
        klantcontact: 24,
        samenwerken: 18,
        creativiteit: 9,
        initiatief: 11,
        communicatie: 13,
        flexibiliteit: 5,
        omgevingsbewustzijn: 6,
      },
    },
    {
      respondent: "bram",
      scores: {
        netwerken: 10,
        klantcontact: 28,
        samenwerken: 20,
        creativiteit: 7,
        initiatief: 9,
        communicatie: 12,
        flexibiliteit: 8,
        omgevingsbewustzijn: 6,
      },
    },
    {
      respondent: "chantal",
      scores: {
        netwerken: 16,
        klantcontact: 18,
        samenwerken: 22,
        creativiteit: 13,
        initiatief: 7,
        communicatie: 11,
        flexibiliteit: 8,
        omgevingsbewustzijn: 5,
      },
    },
    {
      respondent: "daan",
      scores: {
        netwerken: 9,
        klantcontact: 26,
        samenwerken: 17,
        creativiteit: 12,
        initiatief: 15,
        communicatie: 10,
        flexibiliteit: 8,
        omgevingsbewustzijn: 3,
      },
    },
    {
      respondent: "eva",
      scores: {
        netwerken: 13,
        klantcontact: 21,
        samenwerken: 22,
        creativiteit: 5,
        initiatief: 7,
        communicatie: 16,
        flexibiliteit: 11,
        omgevingsbewustzijn: 4,
      },
    },
  ],
  teamScore: {
    netwerken: 13,
    klantcontact: 23,
    samenwerken: 20,
    creativiteit: 9,
    initiatief: 10,
    communicatie: 12,
    flexibiliteit: 8,
    omgevingsbewustzijn: 5,
  },
  actionPlan: [
    withStatus(networking, "done", "done"),
    withStatus(surroundings, "done", "in-progress"),
    withStatus(creativity, "done", "open"),
    {
      category: "flexibiliteit",
      small: { text: "Om de beurt een dienst draaien op vestiging Oost." },
      large: { text: "Een nieuwe rol in het team op je nemen: coördinator vrijwilligers." },
    },
  ],
};
