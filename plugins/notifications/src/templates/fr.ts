// French: the same emails and page, proving that the language is chosen per learner.
import type { Messages } from './messages.ts';

export const fr: Messages = {
  tag: 'fr',
  greeting: (name) => (name === null ? 'Bonjour,' : `Bonjour ${name},`),
  invited: ({ pathTitle, invitedBy }) => ({
    subject: `Invitation au parcours ${pathTitle}`,
    body: [
      invitedBy === null
        ? `Vous avez été inscrit au parcours ${pathTitle}.`
        : `${invitedBy} vous a inscrit au parcours ${pathTitle}.`,
      'Connectez-vous avec cette adresse pour commencer : le parcours vous attend.',
    ],
  }),
  enrolled: ({ pathTitle }) => ({
    subject: `Bienvenue dans ${pathTitle}`,
    body: [`Vous êtes désormais inscrit au parcours ${pathTitle}.`],
  }),
  stepUnlocked: ({ pathTitle, stepTitle }) => ({
    subject: `Nouvelle étape ouverte : ${stepTitle} (${pathTitle})`,
    body: [`Vous pouvez maintenant commencer ${stepTitle}, l’étape suivante de ${pathTitle}.`],
  }),
  tierAchieved: ({ pathTitle, tierTitle }) => ({
    subject: `Palier atteint : ${tierTitle} (${pathTitle})`,
    body: [`Félicitations : vous avez atteint ${tierTitle} dans ${pathTitle}.`],
  }),
  pathCompleted: ({ pathTitle }) => ({
    subject: `Parcours terminé : ${pathTitle}`,
    body: [`Félicitations : vous avez terminé le parcours ${pathTitle}.`],
  }),
  digest: ({ count }) => ({
    subject:
      count === 1
        ? 'Vos parcours aujourd’hui : 1 nouveauté'
        : `Vos parcours aujourd’hui : ${count} nouveautés`,
    body: ['Voici ce qui s’est passé dans vos parcours depuis votre dernier résumé :'],
  }),
  openPath: 'Ouvrir le parcours',
  footer: {
    preferences: (learnUrl) =>
      `Vous recevez ces messages parce que vous suivez des parcours. Pour les modifier, ouvrez un parcours dans Learn (${learnUrl}) et utilisez « Notifications par e-mail ».`,
    unsubscribe: 'Ne plus recevoir ces messages',
    invitation:
      'Vous recevez ce message parce que quelqu’un a inscrit cette adresse à un parcours. S’il s’agit d’une erreur, ignorez-le : rien d’autre ne sera envoyé sans connexion de votre part.',
  },
  unsubscribePage: {
    title: 'Notifications par e-mail',
    question: 'Ne plus recevoir de messages sur vos parcours ?',
    button: 'Arrêter les messages',
    done: 'C’est fait : vous ne recevrez plus de messages sur vos parcours.',
    changeLater:
      'Vous pouvez les réactiver sur la page de n’importe quel parcours dans Learn, sous « Notifications par e-mail ».',
  },
};
