// British English: the emails and the unsubscribe page in the language the UI speaks today.
import type { Messages } from './messages.ts';

export const en: Messages = {
  tag: 'en-GB',
  greeting: (name) => (name === null ? 'Hello,' : `Hello ${name},`),
  invited: ({ pathTitle, invitedBy }) => ({
    subject: `You are invited to the learning path ${pathTitle}`,
    body: [
      invitedBy === null
        ? `You have been enrolled on the learning path ${pathTitle}.`
        : `${invitedBy} has enrolled you on the learning path ${pathTitle}.`,
      'Sign in with this email address to start: the path will be waiting for you.',
    ],
  }),
  enrolled: ({ pathTitle }) => ({
    subject: `Welcome to ${pathTitle}`,
    body: [`You are now enrolled on the learning path ${pathTitle}.`],
  }),
  stepUnlocked: ({ pathTitle, stepTitle }) => ({
    subject: `New step open: ${stepTitle} (${pathTitle})`,
    body: [`You can now start ${stepTitle}, the next step of ${pathTitle}.`],
  }),
  tierAchieved: ({ pathTitle, tierTitle }) => ({
    subject: `Milestone reached: ${tierTitle} (${pathTitle})`,
    body: [`Congratulations: you have reached ${tierTitle} on ${pathTitle}.`],
  }),
  pathCompleted: ({ pathTitle }) => ({
    subject: `Path completed: ${pathTitle}`,
    body: [`Congratulations: you have completed the learning path ${pathTitle}.`],
  }),
  digest: ({ count }) => ({
    subject:
      count === 1 ? 'Your learning paths today: 1 update' : `Your learning paths today: ${count} updates`,
    body: ['Here is what happened on your learning paths since your last digest:'],
  }),
  openPath: 'Open the path',
  footer: {
    preferences: (learnUrl) =>
      `You receive these emails because you follow learning paths. To change them, open any path in Learn (${learnUrl}) and use "Email notifications".`,
    unsubscribe: 'Stop all these emails',
    invitation:
      'You receive this email because someone enrolled this address on a learning path. If that was a mistake, ignore it: nothing more will be sent unless you sign in.',
  },
  unsubscribePage: {
    title: 'Email notifications',
    question: 'Stop all emails about your learning paths?',
    button: 'Stop the emails',
    done: 'Done: you will no longer receive emails about your learning paths.',
    changeLater: 'You can turn them on again on any path page in Learn, under "Email notifications".',
  },
};
