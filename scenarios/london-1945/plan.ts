import type { ScenarioConference } from '../scenario.js';

const BIG_THREE = ['ussr', 'us', 'uk'];

/**
 * The first session of the Council of Foreign Ministers as plenipo holds it:
 * the five parties, the issues the cables are tagged with, and the sessions
 * the moves are reported from. The Potsdam formula is data here, not code:
 * each peace treaty names the states that signed the armistice with that
 * country, so France takes part in the Italian treaty only and China in none
 * of them. A red line of the kind `keep-participation` reads these lists.
 *
 * Tags that are not agenda items of the Council (the Zhukov visit,
 * repatriation, record-keeping) are left out: no mandate or move names them.
 */
export const londonPlan: NonNullable<ScenarioConference['plan']> = {
  ourParty: 'ussr',
  principals: ['stalin'],
  delegation: ['molotov', 'pavlov', 'gusev'],
  parties: [
    { id: 'ussr', name: 'Union of Soviet Socialist Republics', head: 'Molotov' },
    { id: 'us', name: 'United States', head: 'Byrnes' },
    { id: 'uk', name: 'United Kingdom', head: 'Bevin' },
    { id: 'france', name: 'France', head: 'Bidault' },
    { id: 'china', name: 'China' },
  ],
  issues: [
    { id: 'procedure-france-china', title: 'Procedure: which states take part in which peace treaty' },
    { id: 'italy-treaty', title: 'Peace treaty with Italy', participants: [...BIG_THREE, 'france'] },
    { id: 'rumania-treaty', title: 'Peace treaty with Rumania', participants: BIG_THREE },
    { id: 'bulgaria-treaty', title: 'Peace treaty with Bulgaria', participants: BIG_THREE },
    { id: 'hungary-treaty', title: 'Peace treaty with Hungary', participants: BIG_THREE },
    { id: 'finland-treaty', title: 'Peace treaty with Finland', participants: ['ussr', 'uk'] },
    { id: 'rumania', title: 'Recognition of the Groza government in Rumania' },
    { id: 'bulgaria', title: 'Recognition of the government of Bulgaria' },
    { id: 'balkans', title: 'The Balkan states in general' },
    { id: 'tripolitania', title: 'Trusteeship over Tripolitania' },
    { id: 'germany-demilitarization', title: 'Four-power treaty keeping Germany demilitarised' },
    { id: 'japan-pact', title: 'Pact against a renewed aggression by Japan' },
    { id: 'japan-control-council', title: 'Allied Control Council for Japan' },
    { id: 'japan', title: 'Japan and the Far East in general' },
    { id: 'peace-conference', title: 'Convening a peace conference' },
    { id: 'austria-currency', title: 'Currency of Austria' },
    { id: 'general', title: 'The session as a whole' },
  ],
  // Only the sittings the facts date a move to; the Council met on other days too.
  sessions: [
    session('1945-09-11', ['procedure-france-china']),
    session('1945-09-20', ['germany-demilitarization']),
    session('1945-09-22', ['procedure-france-china']),
    session('1945-09-26', ['procedure-france-china', 'peace-conference']),
    session('1945-09-27', ['japan-control-council']),
    session('1945-10-02', ['procedure-france-china', 'general']),
  ],
};

/** A sitting of all five ministers in London, its id made from its date: `s-1945-09-11`. */
function session(date: string, agenda: string[]) {
  return {
    id: `s-${date}`,
    date,
    place: 'London',
    participants: ['ussr', 'us', 'uk', 'france', 'china'],
    agenda,
  };
}
