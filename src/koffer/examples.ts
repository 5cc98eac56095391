import { deepFreeze } from "../internal/deep-freeze.js";
import type { KofferTemplate } from "./template.js";

/**
 * **Example**, not a standard: a connectie koffer with soft skills an organisation might choose
 * for the dialogue about entrepreneurship (ondernemerschap). The categories are each
 * organisation's own choice (rules B1); copy this and change it. Labels and steps are Dutch.
 *
 * @example
 * const result = validateSheet(exampleConnectieTemplate, {
 *   respondent: "anna",
 *   scores: {
 *     netwerken: 20, klantcontact: 25, samenwerken: 18, creativiteit: 10,
 *     initiatief: 12, communicatie: 8, flexibiliteit: 5, omgevingsbewustzijn: 2,
 *   },
 * });
 * result.ok; //=> true
 */
export const exampleConnectieTemplate: KofferTemplate = /* @__PURE__ */ deepFreeze({
  id: "voorbeeld-connectie",
  kind: "connectie",
  name: "Voorbeeld: connectiekoffer (soft skills voor ondernemerschap)",
  budget: 100,
  budgetRule: "at-most",
  categories: [
    {
      id: "netwerken",
      label: "Netwerken",
      smallStep: "Op een bijeenkomst van de gemeente twee nieuwe mensen aanspreken.",
      largeStep: "Een vast overleg opzetten met scholen, welzijn en ondernemers in de wijk.",
    },
    {
      id: "klantcontact",
      label: "Klantcontact",
      smallStep: "Elke bezoeker aan de balie vragen of hij gevonden heeft wat hij zocht.",
      largeStep: "Samen met bezoekers de inrichting van de bibliotheek herontwerpen.",
    },
    {
      id: "samenwerken",
      label: "Samenwerken",
      smallStep: "Wekelijks kort bespreken wie waar hulp bij nodig heeft.",
      largeStep: "Een programma samen met een externe partner ontwikkelen en uitvoeren.",
    },
    {
      id: "creativiteit",
      label: "Creativiteit",
      smallStep: "In elk teamoverleg één nieuw idee bespreken.",
      largeStep: "Een nieuwe dienst bedenken, met bezoekers testen en invoeren.",
    },
    {
      id: "initiatief",
      label: "Initiatief",
      smallStep: "Een kleine verbetering aan de balie zelf doorvoeren.",
      largeStep: "Een eigen project trekken van idee tot uitvoering.",
    },
    {
      id: "communicatie",
      label: "Communicatie",
      smallStep: "Een activiteit aankondigen op sociale media.",
      largeStep: "Een communicatieplan voor een nieuwe doelgroep schrijven.",
    },
    {
      id: "flexibiliteit",
      label: "Flexibiliteit",
      smallStep: "Een dienst overnemen op een andere vestiging.",
      largeStep: "Een nieuwe rol in het team op je nemen.",
    },
    {
      id: "omgevingsbewustzijn",
      label: "Omgevingsbewustzijn",
      smallStep: "Eén bericht uit de lokale krant in het team bespreken.",
      largeStep: "Met partners een omgevingsanalyse van de wijk maken.",
    },
  ],
});

/**
 * **Example**, not a standard: a collectie koffer with hard skills around collection and
 * information, the roots of the library. The categories are each organisation's own choice
 * (rules B1); copy this and change it. Labels and steps are Dutch.
 *
 * @example
 * exampleCollectieTemplate.categories.map((c) => c.id);
 * //=> ["collectiekennis", "informatievaardigheden", "mediawijsheid",
 * //    "leesbevordering", "catalogiseren", "digitale-dienstverlening"]
 */
export const exampleCollectieTemplate: KofferTemplate = /* @__PURE__ */ deepFreeze({
  id: "voorbeeld-collectie",
  kind: "collectie",
  name: "Voorbeeld: collectiekoffer (collectie en informatie)",
  budget: 100,
  budgetRule: "at-most",
  categories: [
    {
      id: "collectiekennis",
      label: "Collectiekennis",
      smallStep: "Elke maand tien nieuwe aanwinsten bekijken.",
      largeStep: "Een collectieprofiel voor een vestiging opstellen.",
    },
    {
      id: "informatievaardigheden",
      label: "Informatievaardigheden",
      smallStep: "Een vraag van een bezoeker samen in een databank uitzoeken.",
      largeStep: "Een cursus informatievaardigheden geven aan scholieren.",
    },
    {
      id: "mediawijsheid",
      label: "Mediawijsheid",
      smallStep: "Met een bezoeker een bron op betrouwbaarheid controleren.",
      largeStep: "Een reeks workshops over nepnieuws voor volwassenen opzetten.",
    },
    {
      id: "leesbevordering",
      label: "Leesbevordering",
      smallStep: "Bij elke uitlening aan de jeugdbalie een leestip geven.",
      largeStep: "Een leesclub starten met een school in de buurt.",
    },
    {
      id: "catalogiseren",
      label: "Catalogiseren en ontsluiten",
      smallStep: "Een onduidelijke titelbeschrijving verbeteren.",
      largeStep: "De ontsluiting van een deelcollectie herzien.",
    },
    {
      id: "digitale-dienstverlening",
      label: "Digitale dienstverlening",
      smallStep: "Een bezoeker helpen inloggen met DigiD.",
      largeStep: "Een wekelijks digitaal spreekuur opzetten.",
    },
  ],
});
