import type { Scenario } from '../scenario.js';
import { londonPlan } from './plan.js';

/**
 * The Soviet side of 1945 as plenipo sees it: the centre in Moscow, the
 * delegation in London, the embassy in Washington, and the people and groups
 * who wrote and read the cables. Counterparts (Byrnes, Bevin, Truman) are not
 * users; they appear only in the text of cables.
 *
 * A person has one static post. Stalin sits at the centre although he spent
 * October to December near Sochi, and Molotov at the London delegation
 * although he was back in Moscow from October, so his autumn cables to the
 * centre are numbered LONTO.
 */
export const organisation: Omit<Scenario, 'cables'> = {
  title: 'London 1945',
  classifications: ['UNCLASSIFIED', 'SECRET', 'TOP SECRET', 'SPECIAL IMPORTANCE'],

  posts: [
    { id: 'centre', name: 'Centre', place: 'Moscow', zone: 'Europe/Moscow' },
    {
      id: 'london',
      name: 'Delegation to the Council of Foreign Ministers',
      place: 'London',
      zone: 'Europe/London',
    },
    { id: 'washington', name: 'Embassy in Washington', place: 'Washington', zone: 'America/New_York' },
  ],

  people: [
    {
      id: 'stalin',
      name: 'Iosif Stalin',
      title: 'Chairman of the Council of People’s Commissars',
      post: 'centre',
    },
    {
      id: 'molotov',
      name: 'Vyacheslav Molotov',
      title: 'People’s Commissar of Foreign Affairs; head of the delegation',
      post: 'london',
    },
    {
      id: 'vyshinsky',
      name: 'Andrei Vyshinsky',
      title: 'Deputy People’s Commissar of Foreign Affairs',
      post: 'centre',
    },
    {
      id: 'beria',
      name: 'Lavrentiy Beria',
      title: 'Deputy Chairman of the Council of People’s Commissars',
      post: 'centre',
    },
    { id: 'malenkov', name: 'Georgy Malenkov', title: 'Secretary of the Central Committee', post: 'centre' },
    {
      id: 'mikoyan',
      name: 'Anastas Mikoyan',
      title: 'Deputy Chairman of the Council of People’s Commissars',
      post: 'centre',
    },
    {
      id: 'pavlov',
      name: 'Vladimir Pavlov',
      title: 'Interpreter and assistant to the head of the delegation',
      post: 'london',
    },
    { id: 'gusev', name: 'Fyodor Gusev', title: 'Ambassador in London', post: 'london' },
    { id: 'gromyko', name: 'Andrei Gromyko', title: 'Ambassador in Washington', post: 'washington' },
    {
      id: 'poskrebyshev',
      name: 'Alexander Poskrebyshev',
      title: 'Registry clerk, Special Sector',
      post: 'centre',
      roles: ['admin'],
    },
  ],

  groups: [
    {
      id: 'four',
      name: 'The Four',
      description:
        'Molotov, Beria, Malenkov and Mikoyan: the Politburo group that ran affairs in Moscow ' +
        'while Stalin was on vacation.',
      members: [
        { person: 'molotov', from: '1945-10-08' },
        { person: 'beria', from: '1945-10-08' },
        { person: 'malenkov', from: '1945-10-08' },
        { person: 'mikoyan', from: '1945-10-08' },
      ],
    },
    {
      id: 'three',
      name: 'The Three',
      description: 'The Four without Molotov: Beria, Malenkov and Mikoyan.',
      members: [
        { person: 'beria', from: '1945-10-08' },
        { person: 'malenkov', from: '1945-10-08' },
        { person: 'mikoyan', from: '1945-10-08' },
      ],
    },
    {
      id: 'delegation',
      name: 'London delegation',
      description: 'The Soviet delegation at the first session of the Council of Foreign Ministers.',
      members: [
        { person: 'molotov', from: '1945-09-10', until: '1945-10-04' },
        { person: 'gusev', from: '1945-09-10', until: '1945-10-04' },
        { person: 'pavlov', from: '1945-09-10', until: '1945-10-04' },
      ],
    },
    {
      id: 'missions',
      name: 'Heads of mission',
      description: 'Soviet ambassadors abroad, the addressees of circulars.',
      members: [
        { person: 'gusev', from: '1945-09-01' },
        { person: 'gromyko', from: '1945-09-01' },
      ],
    },
  ],

  // The registry picks the series whose toPost is the first action addressee's post,
  // else the author's post's catch-all series; every post that authors has one.
  series: [
    { code: 'TOLON', name: 'Centre to the London delegation', fromPost: 'centre', toPost: 'london' },
    { code: 'LONTO', name: 'London delegation to the centre', fromPost: 'london', toPost: 'centre' },
    { code: 'CEN', name: 'Centre, all other cables', fromPost: 'centre' },
    { code: 'LON', name: 'London, all other cables', fromPost: 'london' },
    { code: 'WAS', name: 'Washington, all cables', fromPost: 'washington' },
  ],

  conferences: [
    {
      id: 'london-1945',
      name: 'Council of Foreign Ministers, first session',
      place: 'London',
      startsOn: '1945-09-11',
      endsOn: '1945-10-02',
      plan: londonPlan,
    },
  ],
};
