// Strings of Studio's Plugins page and its settings forms, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.pluginSettings.heading', defaultMessage: 'Plugins' },
  intro: {
    id: 'studio.pluginSettings.intro',
    defaultMessage:
      'Settings saved here apply over the settings file (LP_PLUGINS_CONFIG); an environment variable wins over both.',
  },
  adminsOnly: {
    id: 'studio.pluginSettings.adminsOnly',
    defaultMessage: 'You need to be an administrator to see and change the plugins’ settings.',
  },
  loading: { id: 'studio.pluginSettings.loading', defaultMessage: 'Loading the plugins…' },
  loadingSettings: { id: 'studio.pluginSettings.loadingSettings', defaultMessage: 'Loading the settings…' },
  loadFailed: {
    id: 'studio.pluginSettings.loadFailed',
    defaultMessage: 'The plugins could not be loaded: {error}',
  },
  settingsLoadFailed: {
    id: 'studio.pluginSettings.settingsLoadFailed',
    defaultMessage: 'The settings of {id} could not be loaded: {error}',
  },
  tryAgain: { id: 'studio.pluginSettings.tryAgain', defaultMessage: 'Try again' },
  noPlugins: {
    id: 'studio.pluginSettings.noPlugins',
    defaultMessage:
      'No plugin is loaded. To load one, list it in the LP_PLUGINS environment variable and restart the service (see docs/plugins.md, “Loading and settings”).',
  },
  pluginFacts: {
    id: 'studio.pluginSettings.pluginFacts',
    defaultMessage:
      'Version {version} · plugin API {count, plural, one {version} other {versions}} {apiVersions}',
  },
  formName: { id: 'studio.pluginSettings.formName', defaultMessage: 'Settings of {id}' },
  noSettings: {
    id: 'studio.pluginSettings.noSettings',
    defaultMessage: 'This plugin has no settings that can be changed here.',
  },
  save: { id: 'studio.pluginSettings.save', defaultMessage: 'Save settings' },
  saving: { id: 'studio.pluginSettings.saving', defaultMessage: 'Saving…' },
  saved: {
    id: 'studio.pluginSettings.saved',
    defaultMessage:
      'Saved. The plugin uses the new settings now; other processes (workers) use them after a restart.',
  },
  notSaved: {
    id: 'studio.pluginSettings.notSaved',
    defaultMessage:
      '{count, plural, one {One setting needs} other {# settings need}} correcting; nothing was saved:',
  },
  saveFailed: {
    id: 'studio.pluginSettings.saveFailed',
    defaultMessage: 'The settings could not be saved: {error}',
  },
  problemAt: { id: 'studio.pluginSettings.problemAt', defaultMessage: '{label}: {problem}' },
  // One field.
  defaultValue: { id: 'studio.pluginSettings.defaultValue', defaultMessage: 'Default: {value}' },
  defaultOn: { id: 'studio.pluginSettings.defaultOn', defaultMessage: 'Default: on' },
  defaultOff: { id: 'studio.pluginSettings.defaultOff', defaultMessage: 'Default: off' },
  jsonHelp: { id: 'studio.pluginSettings.jsonHelp', defaultMessage: 'Written as JSON.' },
  secretHelp: {
    id: 'studio.pluginSettings.secretHelp',
    defaultMessage: 'A secret: it is never shown. Leave the field empty to keep it.',
  },
  unchanged: { id: 'studio.pluginSettings.unchanged', defaultMessage: 'Unchanged' },
  notSet: { id: 'studio.pluginSettings.notSet', defaultMessage: 'Not set' },
  locked: {
    id: 'studio.pluginSettings.locked',
    defaultMessage: 'Set by the environment variable {variable}: it cannot be changed here.',
  },
  reset: { id: 'studio.pluginSettings.reset', defaultMessage: 'Reset to default' },
  resetLabel: { id: 'studio.pluginSettings.resetLabel', defaultMessage: 'Reset to default: {label}' },
  willReset: {
    id: 'studio.pluginSettings.willReset',
    defaultMessage:
      'Saving removes the value saved here: the setting goes back to the settings file’s value or its default.',
  },
  badJson: { id: 'studio.pluginSettings.badJson', defaultMessage: 'Not valid JSON: {error}' },
  // The history of changes.
  historyHeading: { id: 'studio.pluginSettings.historyHeading', defaultMessage: 'Changes' },
  noHistory: { id: 'studio.pluginSettings.noHistory', defaultMessage: 'Not changed in Studio yet.' },
  changed: {
    id: 'studio.pluginSettings.changed',
    defaultMessage: 'Changed {names} by {actor} on {date}',
  },
  changedNothing: {
    id: 'studio.pluginSettings.changedNothing',
    defaultMessage: 'Saved without a change by {actor} on {date}',
  },
});
