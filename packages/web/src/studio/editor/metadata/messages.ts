// Strings of the path's details form, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.details.heading', defaultMessage: 'Details' },
  key: { id: 'studio.details.key', defaultMessage: 'Path key' },
  keyHelp: {
    id: 'studio.details.key.help',
    defaultMessage: 'The path’s permanent identifier, {key}. Letters, digits and _ - ~ . : in each part.',
  },
  keyFixed: {
    id: 'studio.details.key.fixed',
    defaultMessage: 'The key of a saved path cannot change; duplicate the path to use another key.',
  },
  org: { id: 'studio.details.key.org', defaultMessage: 'Organisation' },
  orgChoose: { id: 'studio.details.key.org.choose', defaultMessage: 'Choose…' },
  number: { id: 'studio.details.key.number', defaultMessage: 'Number' },
  run: { id: 'studio.details.key.run', defaultMessage: 'Run' },
  group: { id: 'studio.details.key.group', defaultMessage: 'Group' },
  title: { id: 'studio.details.title', defaultMessage: 'Title' },
  subtitle: { id: 'studio.details.subtitle', defaultMessage: 'Subtitle' },
  description: { id: 'studio.details.description', defaultMessage: 'Description' },
  descriptionHelp: {
    id: 'studio.details.description.help',
    defaultMessage: 'Markdown: **bold**, _italic_, [links](https://example.org), lists and headings.',
  },
  write: { id: 'studio.details.description.write', defaultMessage: 'Write' },
  preview: { id: 'studio.details.description.preview', defaultMessage: 'Preview' },
  previewLabel: {
    id: 'studio.details.description.previewLabel',
    defaultMessage: 'Preview of the description',
  },
  nothingToPreview: { id: 'studio.details.description.empty', defaultMessage: 'Nothing to preview yet.' },
  image: { id: 'studio.details.image', defaultMessage: 'Image URL' },
  imageHelp: {
    id: 'studio.details.image.help',
    defaultMessage: 'The address of an image already online (https://…), or of one you upload.',
  },
  imagePreview: { id: 'studio.details.image.preview', defaultMessage: 'Preview of the path’s image' },
  imageUnavailable: {
    id: 'studio.details.image.unavailable',
    defaultMessage: 'No image could be loaded from this address.',
  },
  imageNotAllowed: {
    id: 'studio.details.image.notAllowed',
    defaultMessage:
      'Images from this host are not shown to learners: upload the image here, or ask an administrator to allow the host.',
  },
  upload: { id: 'studio.details.image.upload', defaultMessage: 'Upload image' },
  uploadHelp: {
    id: 'studio.details.image.upload.help',
    defaultMessage: 'PNG, JPEG, WebP or GIF, at most 2 MiB. Its address then goes in Image URL.',
  },
  uploading: { id: 'studio.details.image.uploading', defaultMessage: 'Uploading {name}…' },
  uploaded: { id: 'studio.details.image.uploaded', defaultMessage: '{name} is uploaded.' },
  uploadTooLarge: {
    id: 'studio.details.image.upload.tooLarge',
    defaultMessage: '{name} is larger than 2 MiB: choose a smaller image.',
  },
  uploadWrongType: {
    id: 'studio.details.image.upload.wrongType',
    defaultMessage: '{name} is not a PNG, JPEG, WebP or GIF image.',
  },
  uploadNotImage: {
    id: 'studio.details.image.upload.notImage',
    defaultMessage: '{name} does not hold the kind of image its type says: it may be damaged or misnamed.',
  },
  uploadRefused: {
    id: 'studio.details.image.upload.refused',
    defaultMessage: '{name} was refused: {detail}',
  },
  uploadNetwork: {
    id: 'studio.details.image.upload.network',
    defaultMessage: '{name} could not be sent: check the connection and try again.',
  },
  level: { id: 'studio.details.level', defaultMessage: 'Level' },
  levelNone: { id: 'studio.details.level.none', defaultMessage: 'Not given' },
  beginner: { id: 'studio.details.level.beginner', defaultMessage: 'Beginner' },
  intermediate: { id: 'studio.details.level.intermediate', defaultMessage: 'Intermediate' },
  advanced: { id: 'studio.details.level.advanced', defaultMessage: 'Advanced' },
  duration: { id: 'studio.details.duration', defaultMessage: 'Duration' },
  durationHelp: {
    id: 'studio.details.duration.help',
    defaultMessage: 'For learners, for example "12 weeks".',
  },
  timeCommitment: { id: 'studio.details.timeCommitment', defaultMessage: 'Time commitment' },
  timeCommitmentHelp: {
    id: 'studio.details.timeCommitment.help',
    defaultMessage: 'For example "5 hours a week".',
  },
  visibility: { id: 'studio.details.visibility', defaultMessage: 'Who can see it' },
  inviteOnly: {
    id: 'studio.details.visibility.inviteOnly',
    defaultMessage: 'Invite only: enrolled learners and staff',
  },
  public: {
    id: 'studio.details.visibility.public',
    defaultMessage: 'Public: every signed-in learner, who may enroll',
  },
  requiredSkills: { id: 'studio.details.skills.required', defaultMessage: 'Skills a learner should bring' },
  acquiredSkills: { id: 'studio.details.skills.acquired', defaultMessage: 'Skills the path teaches' },
  skill: { id: 'studio.details.skills.skill', defaultMessage: 'Skill' },
  skillLevel: { id: 'studio.details.skills.level', defaultMessage: 'Level' },
  addSkill: { id: 'studio.details.skills.add', defaultMessage: 'Add a skill' },
  removeSkill: { id: 'studio.details.skills.remove', defaultMessage: 'Remove skill {position}' },
  noSkills: { id: 'studio.details.skills.none', defaultMessage: 'None.' },
  defaultCriteria: { id: 'studio.details.defaultCriteria', defaultMessage: 'Default criteria of the steps' },
  defaultCriteriaHelp: {
    id: 'studio.details.defaultCriteria.help',
    defaultMessage: 'Steps without criteria of their own use these; with none given, a step must be passed.',
  },
});
