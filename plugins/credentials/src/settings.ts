// The plugin's settings (LP_PLUGIN_ORG_LEARNINGPATHS_CREDENTIALS_<NAME> or LP_PLUGINS_CONFIG): where
// the service is reached (its did:web DID and every credential's address follow from it) and the
// issuer profile written into each credential.
import { z } from 'zod';

const webAddress = z.url({ protocol: /^https?$/ }).max(2000);
/** Optional text from the environment or the settings form, where "not set" arrives as ''. */
const orNone = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).default('');

/** OB 3.0's AchievementType vocabulary (ext: terms aside). */
export const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CoCurricular',
  'CommunityService',
  'Competency',
  'Course',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'MasterCertificate',
  'MasterDegree',
  'Membership',
  'MicroCredential',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

export const credentialSettings = z.object({
  publicUrl: webAddress
    .default('http://localhost:3000')
    .describe(
      'The address people reach the service at: the issuer DID is did:web of it, and credentials live under it',
    ),
  issuerName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('Learning Paths')
    .describe('The issuer, as credentials name it'),
  issuerUrl: orNone(webAddress).describe("The issuer's web site; the public URL when empty"),
  issuerEmail: orNone(z.email().max(320)).describe("The issuer's contact address, written into credentials"),
  issuerImage: orNone(webAddress).describe("The address of the issuer's logo, written into credentials"),
  achievementType: z
    .enum(ACHIEVEMENT_TYPES)
    .default('Certificate')
    .describe('What a tier is, in Open Badges terms'),
});

export type CredentialSettings = z.infer<typeof credentialSettings>;
