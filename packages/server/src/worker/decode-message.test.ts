import { describe, expect, it } from 'vitest';
import { entry, FIXTURE, firstOf, variant } from '../../test/event-bus.ts';
import { decodeMessage, PoisonMessage } from './decode-message.ts';

const C001 = 'course-v1:OpenU+C001+2026_T1';
const LEARNER_1010 = {
  lmsUserId: '1010',
  username: 'learner1_0',
  email: 'learner1_0@example.org',
  name: 'Learner1_0',
};

describe('decoding a message', () => {
  it("reads each handled type's fact, with the event's id and time", () => {
    const facts = (type: string) => decodeMessage(entry(firstOf(type).fields));
    expect(facts('org.openedx.learning.course.enrollment.created.v1')).toMatchObject({
      type: 'org.openedx.learning.course.enrollment.created.v1',
      id: '78e51061-7311-18a3-82ce-6f447ed4d57b',
      time: '2026-03-02T09:06:31.000Z',
      event: { lmsUserId: '1010', person: LEARNER_1010, courseKey: C001, values: { enrolled: true } },
    });
    expect(facts('org.openedx.learning.course.persistent_grade_summary.changed.v1').event).toEqual({
      lmsUserId: '1010',
      person: null,
      courseKey: C001,
      values: { grade: 0.6516, passed: true },
    });
    expect(facts('org.openedx.learning.course.passing.status.updated.v1').event).toEqual({
      lmsUserId: '1010',
      person: LEARNER_1010,
      courseKey: C001,
      values: { passed: true },
    });
    expect(facts('org.openedx.learning.certificate.created.v1').event.values).toEqual({ passed: true });
    expect(facts('org.openedx.learning.course.unenrollment.completed.v1').event).toMatchObject({
      lmsUserId: '1010',
      courseKey: C001,
      values: { enrolled: false },
    });
  });

  it("keeps no more of a learner's name than a display name holds", () => {
    const named = variant(firstOf('org.openedx.learning.course.enrollment.created.v1'), {
      record: (record: any) => (record.enrollment.user.pii.name = 'N'.repeat(300)),
    });
    expect(decodeMessage(entry(named.fields)).event.person?.name).toBe('N'.repeat(255));
  });

  it('reads a grade without passed_timestamp as not passed', () => {
    const failing = FIXTURE.find((message) => (message.decoded.grade as any)?.passed_timestamp === '')!;
    expect(decodeMessage(entry(failing.fields)).event.values).toEqual({ grade: 0.0092, passed: false });
  });

  it('reads a changed enrollment, and a revoked certificate as not passed', () => {
    const enrollment = firstOf('org.openedx.learning.course.enrollment.created.v1');
    const changed = variant(enrollment, {
      type: 'org.openedx.learning.course.enrollment.changed.v1',
      record: (record: any) => (record.enrollment.is_active = false),
    });
    expect(decodeMessage(entry(changed.fields)).event.values).toEqual({ enrolled: false });
    const certificate = firstOf('org.openedx.learning.certificate.created.v1');
    const revoked = variant(certificate, { type: 'org.openedx.learning.certificate.revoked.v1' });
    expect(decodeMessage(entry(revoked.fields)).event).toMatchObject({
      lmsUserId: '1010',
      values: { passed: false },
    });
  });

  it('takes a person without a username for none (the user id alone then names them)', () => {
    const status = firstOf('org.openedx.learning.course.passing.status.updated.v1');
    const anonymous = variant(status, {
      record: (record: any) => (record.course_passing_status.user.pii.username = ''),
    });
    expect(decodeMessage(entry(anonymous.fields)).event).toMatchObject({ lmsUserId: '1010', person: null });
  });

  it('refuses poison: missing fields, unknown types, bytes that are not the Avro of the type', () => {
    const grade = firstOf('org.openedx.learning.course.persistent_grade_summary.changed.v1');
    const bytes = Buffer.from(grade.fields.event_data!, 'base64');
    const poison = (fields: Record<string, string | Buffer>, message: string) => {
      const decode = () => decodeMessage(entry({ ...grade.fields, ...fields }));
      expect(decode).toThrow(PoisonMessage);
      expect(decode).toThrow(message);
    };
    expect(() => decodeMessage(entry({ hello: 'world' }))).toThrow(PoisonMessage);
    poison({ id: '' }, 'needs the fields type, id, time and event_data');
    poison({ type: 'org.openedx.learning.certificate.changed.v1' }, 'no handler for the event type');
    poison({ type: 'org.openedx.learning.course.enrollment.created.v1' }, 'cannot decode');
    poison({ event_data: Buffer.from('garbage, not Avro at all') }, 'cannot decode');
    poison({ event_data: bytes.subarray(0, bytes.length - 3) }, 'cannot decode');
    poison({ event_data: Buffer.concat([bytes, Buffer.from([0])]) }, 'cannot decode');
    poison({ time: 'yesterday' }, 'the time "yesterday" is not a date');
    const outOfRange = variant(grade, { record: (record: any) => (record.grade.percent_grade = 71.3) });
    poison({ event_data: outOfRange.fields.event_data! }, 'percent_grade 71.3 is not between 0 and 1');
  });
});
