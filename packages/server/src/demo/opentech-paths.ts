// The demo's two OpenTech paths, public both: a short sequence (Cloud Native Essentials) and a
// path with electives (Security Practitioner: a fundamentals course, then 2 of 4 electives).
import type { PathDefinition } from '@learning-paths/core';

export const CLOUD_NATIVE: PathDefinition = {
  key: 'path-v1:OpenTech+CLOUD+2026+selfpaced',
  title: 'Cloud Native Essentials',
  subtitle: 'From the shell to Kubernetes in production',
  description:
    'Four self-paced courses, one after the other: work in the **Linux shell**, package ' +
    'applications in **containers**, run them on **Kubernetes**, and watch them in production.\n\n' +
    'Each course unlocks when the one before it is done.',
  image: 'https://cdn.example.org/cloud-native.png',
  level: 'beginner',
  duration: '10 weeks',
  timeCommitment: '3 hours a week',
  visibility: 'public',
  skills: {
    required: [{ skill: 'command line', level: 1 }],
    acquired: [
      { skill: 'containers', level: 2 },
      { skill: 'kubernetes', level: 1 },
    ],
  },
  defaultCriteria: { passed: true },
  requirements: {
    id: 'cloud-native',
    title: 'Cloud Native Essentials',
    rule: 'sequence',
    children: [
      { id: 'linux', title: 'The Linux Command Line', course: 'course-v1:OpenTech+CLD101+2026' },
      { id: 'containers', title: 'Containers with Docker', course: 'course-v1:OpenTech+CLD102+2026' },
      {
        id: 'kubernetes',
        title: 'Kubernetes Fundamentals',
        course: 'course-v1:OpenTech+CLD103+2026',
        criteria: { grade: 0.6 },
      },
      {
        id: 'observability',
        title: 'Observability and Monitoring',
        course: 'course-v1:OpenTech+CLD104+2026',
        criteria: { completion: 0.9 },
      },
    ],
  },
  tiers: [
    { id: 'container-badge', title: 'Container Basics Badge', requires: ['linux', 'containers'] },
    {
      id: 'cloud-native-badge',
      title: 'Cloud Native Essentials Badge',
      requires: ['container-badge', 'cloud-native'],
    },
  ],
};

export const SECURITY_PRACTITIONER: PathDefinition = {
  key: 'path-v1:OpenTech+SEC+2026+open',
  title: 'Security Practitioner',
  subtitle: 'Fundamentals first, then the specialisms you choose',
  description:
    'Start with **Security Fundamentals**, then choose **two of four** electives: network, web ' +
    'application and cloud security, or incident response (invite-only, opening soon).',
  image: 'https://cdn.example.org/security.png',
  level: 'intermediate',
  duration: '16 weeks',
  timeCommitment: '4 hours a week',
  visibility: 'public',
  skills: {
    required: [{ skill: 'networking', level: 1 }],
    acquired: [
      { skill: 'security', level: 2 },
      { skill: 'threat modelling', level: 1 },
    ],
  },
  defaultCriteria: { passed: true },
  requirements: {
    id: 'security',
    title: 'Security Practitioner',
    rule: 'all',
    children: [
      {
        id: 'fundamentals',
        title: 'Security Fundamentals',
        course: 'course-v1:OpenTech+SEC100+2026',
        criteria: { completion: 0.8, passed: true },
      },
      {
        id: 'electives',
        title: 'Electives',
        rule: 'atLeast',
        count: 2,
        prerequisites: ['fundamentals'],
        children: [
          { id: 'network', title: 'Network Security', course: 'course-v1:OpenTech+SEC210+2026', credits: 3 },
          {
            id: 'web',
            title: 'Web Application Security',
            course: 'course-v1:OpenTech+SEC220+2026',
            credits: 3,
          },
          { id: 'cloud', title: 'Cloud Security', course: 'course-v1:OpenTech+SEC230+2026', credits: 3 },
          {
            id: 'incident',
            title: 'Incident Response',
            course: 'course-v1:OpenTech+SEC240+2026',
            credits: 4,
          },
        ],
      },
    ],
  },
  tiers: [
    { id: 'foundation', title: 'Security Foundation Certificate', requires: ['fundamentals'] },
    { id: 'practitioner', title: 'Security Practitioner Certificate', requires: ['foundation', 'electives'] },
  ],
};
