// LinkedIn's "add to profile" link for a certification, with its name, issuer, date, address and id
// filled in, so that the learner only confirms.
export interface LinkedInCertification {
  readonly name: string;
  readonly organizationName: string;
  readonly issuedAt: Date;
  readonly certUrl: string;
  readonly certId: string;
}

export function linkedInAddToProfile(certification: LinkedInCertification): string {
  const query = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certification.name,
    organizationName: certification.organizationName,
    issueYear: String(certification.issuedAt.getUTCFullYear()),
    issueMonth: String(certification.issuedAt.getUTCMonth() + 1),
    certUrl: certification.certUrl,
    certId: certification.certId,
  });
  return `https://www.linkedin.com/profile/add?${query.toString()}`;
}
