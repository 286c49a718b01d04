// xAPI 1.0.3 statements as this plugin reads them once validate-statement.ts has accepted them.

export interface XapiAccount {
  readonly homePage: string;
  readonly name: string;
}

/** The four inverse functional identifiers: an Agent has exactly one, an identified Group too. */
export interface XapiIdentifiers {
  readonly mbox?: string;
  readonly mbox_sha1sum?: string;
  readonly openid?: string;
  readonly account?: XapiAccount;
}

export interface XapiAgent extends XapiIdentifiers {
  readonly objectType?: 'Agent';
  readonly name?: string;
}

export interface XapiGroup extends XapiIdentifiers {
  readonly objectType: 'Group';
  readonly name?: string;
  readonly member?: readonly XapiAgent[];
}

export type XapiActor = XapiAgent | XapiGroup;

export interface XapiActivity {
  readonly objectType?: 'Activity';
  readonly id: string;
  readonly definition?: Readonly<Record<string, unknown>>;
}

export interface XapiStatementRef {
  readonly objectType: 'StatementRef';
  readonly id: string;
}

export interface XapiSubStatement {
  readonly objectType: 'SubStatement';
  readonly actor: XapiActor;
  readonly verb: XapiVerb;
  readonly object: XapiActivity | XapiAgent | XapiGroup | XapiStatementRef;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  readonly timestamp?: string;
}

export type XapiObject = XapiActivity | XapiAgent | XapiGroup | XapiStatementRef | XapiSubStatement;

export interface XapiVerb {
  readonly id: string;
  readonly display?: Readonly<Record<string, string>>;
}

export interface XapiScore {
  readonly scaled?: number;
  readonly raw?: number;
  readonly min?: number;
  readonly max?: number;
}

export interface XapiResult {
  readonly score?: XapiScore;
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export const CONTEXT_ACTIVITY_KINDS = ['parent', 'grouping', 'category', 'other'] as const;

export interface XapiContext {
  readonly registration?: string;
  readonly instructor?: XapiActor;
  readonly team?: XapiGroup;
  readonly contextActivities?: Partial<
    Record<(typeof CONTEXT_ACTIVITY_KINDS)[number], XapiActivity | readonly XapiActivity[]>
  >;
  readonly revision?: string;
  readonly platform?: string;
  readonly language?: string;
  readonly statement?: XapiStatementRef;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface XapiStatement {
  readonly id?: string;
  readonly actor: XapiActor;
  readonly verb: XapiVerb;
  readonly object: XapiObject;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  readonly timestamp?: string;
  readonly stored?: string;
  readonly authority?: XapiActor;
  readonly version?: string;
  readonly attachments?: readonly Readonly<Record<string, unknown>>[];
}

/** The one verb xAPI reserves: its object (a StatementRef) names the statement it voids. */
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

/** Whether an object is an Activity: its objectType says so, or it has none. */
export function isActivity(object: XapiObject): object is XapiActivity {
  return object.objectType === undefined || object.objectType === 'Activity';
}
