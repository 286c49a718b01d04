// The fixed words of a credential (certificate and verification page), in English and French.

export interface CredentialWordings {
  readonly certificate: string;
  readonly presentedTo: string;
  readonly hasAchieved: string;
  readonly ofThePath: string;
  readonly dateOfIssue: string;
  readonly issuedBy: string;
  readonly verifyAt: string;
  readonly credentialId: string;
}

const english: CredentialWordings = {
  certificate: 'Certificate',
  presentedTo: 'This certifies that',
  hasAchieved: 'has achieved',
  ofThePath: 'of the learning path',
  dateOfIssue: 'Date of issue',
  issuedBy: 'Issued by',
  verifyAt: 'Verify at',
  credentialId: 'Credential ID',
};

const french: CredentialWordings = {
  certificate: 'Certificat',
  presentedTo: 'Ce certificat atteste que',
  hasAchieved: 'a obtenu',
  ofThePath: 'du parcours d’apprentissage',
  dateOfIssue: 'Date de délivrance',
  issuedBy: 'Délivré par',
  verifyAt: 'Vérifier sur',
  credentialId: 'Identifiant du certificat',
};

/** The wordings for a BCP 47 language tag ('fr', 'fr-CA' → French); English for any other language. */
export function credentialWordings(language: string): CredentialWordings {
  const primary = language.split('-')[0]?.toLowerCase();
  return primary === 'fr' ? french : english;
}
