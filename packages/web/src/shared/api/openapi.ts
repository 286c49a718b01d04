// The service API as TypeScript types, generated from its OpenAPI document by
// packages/web/scripts/openapi-types.ts (npm run api-types). Do not edit by hand.
export interface paths {
  '/api/learning_credentials/v1/configured/{key}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether a path carries credentials: its tiers (learning-credentials' shape)
     * @description For path keys only: a course key is 404 (the LMS's learning-credentials answers for courses), text that is no key 400. 404 for a path the caller may not see, as learning-credentials answers.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description A path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The path's tiers */
              credential_count: number;
              has_credentials: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/{key}/enrollments/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A path's active enrollments (Open edX plugin shape)
     * @description Staff see every learner's, or with `?username=` that learner's; a learner sees only their own (403 when naming someone else). Newest first, not paginated, as in the plugin.
     */
    get: {
      parameters: {
        query?: {
          /** @description Only this learner's (staff) */
          username?: string;
        };
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: string;
              is_active: boolean;
              /** @description The path key */
              learning_path: string;
              /** @description The username */
              user: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /**
     * Enroll on a path (Open edX plugin shape)
     * @description The caller enrolls themself on a public path; staff may name any user. 201 when enrolled, 200 when an inactive enrollment is made active again, 409 when already enrolled. `org` and `role` are accepted and not kept.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      /** @description May be absent: the caller, no reason */
      requestBody: {
        content: {
          'application/json': {
            org?: string;
            reason?: string;
            role?: string;
            /** @description Staff only; the caller when absent */
            username?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: string;
              is_active: boolean;
              /** @description The path key */
              learning_path: string;
              /** @description The username */
              user: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: string;
              is_active: boolean;
              /** @description The path key */
              learning_path: string;
              /** @description The username */
              user: string;
            };
          };
        };
      };
    };
    /**
     * Unenroll from a path (Open edX plugin shape)
     * @description Staff may unenroll anyone (`username` in the body); a learner only themself, and only from a public path. The progress is kept.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      /** @description May be absent: the caller, no reason */
      requestBody: {
        content: {
          'application/json': {
            org?: string;
            reason?: string;
            role?: string;
            /** @description Staff only; the caller when absent */
            username?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/{key}/enrollments/{course_key}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enroll the caller in one of the path's courses (Open edX plugin shape)
     * @description Works for invite-only courses. 403 when the caller is not enrolled on the path or the step is locked, 404 when the course is not a step of the path, 502 when the LMS refuses the enrollment.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description A course key of a step */
          course_key: string;
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Enrolled in the course (or already) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course_key: string;
              detail: string;
              /** @description Where to take the course */
              launch_url: string | null;
            };
          };
        };
        /** @description The LMS did not answer in time: the enrollment is queued and made as soon as it does */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course_key: string;
              detail: string;
              /** @description Where to take the course */
              launch_url: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/{key}/grade/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's grade on a path: the weighted mean of its step courses' grades
     * @description Each step counts with its weight; a course without a grade counts 0.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              grade: number;
              learning_path_key: string;
              required_grade: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/{key}/progress/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's progress on a path, 0..1 (Open edX plugin shape)
     * @description The same progress as GET /api/v1/learners/{username}/paths/{key}.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              learning_path_key: string;
              progress: number;
              required_completion: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/enrollments/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Enrollments, active or not, newest first (Open edX plugin shape)
     * @description Administrators see every enrollment; staff those on the paths they are staff of, and their own; learners their own (403 when naming someone else).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          page_size?: number;
          /** @description Only this learner's (staff) */
          username?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              next: string | null;
              previous: string | null;
              results: {
                created: string;
                is_active: boolean;
                /** @description The path key */
                learning_path: string;
                /** @description The username */
                user: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/enrollments/bulk-enroll/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enroll people by email on several paths (Open edX plugin shape)
     * @description Staff of every named path only (404 for a path the caller is not staff of); all or nothing. 400 naming every entry that is not an email address. `enrollments_created` counts new and reactivated enrollments, `enrollment_allowed_created` the addresses newly waiting for an account. Letting those into every course of their paths in the LMS (Open edX: `enrollment_allowed` with auto-enroll) is queued with the enrollments and sent in the background; `lms_queued`, present only when calls were queued (none with the standalone LMS), counts those (address, course) calls, and path staff see where each stands among the pending enrollments of the path. `org` and `role` are accepted and not kept.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Email addresses separated by commas; spaces around them are ignored */
            emails: string;
            /** @description Path keys separated by commas; spaces around them are ignored */
            learning_paths: string;
            org?: string;
            reason?: string;
            role?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enrollment_allowed_created: number;
              enrollments_created: number;
              lms_queued?: number;
            };
          };
        };
      };
    };
    /**
     * Unenroll people by email from several paths (Open edX plugin shape)
     * @description Ends the active enrollments of those addresses (the progress is kept) and cancels their pending enrollments, taking the addresses out of the paths' courses in the LMS again (except courses other pending enrollments of theirs still need); staff of every named path only, all or nothing. The plugin sends its counts as a body with the 204, which HTTP does not allow (clients never see it): here they come as the headers `x-enrollments-unenrolled` (enrollments_unenrolled) and `x-enrollment-allowed-deactivated` (enrollment_allowed_deactivated); `x-lms-queued` counts the (address, course) removals queued for the LMS, sent in the background.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Email addresses separated by commas; spaces around them are ignored */
            emails: string;
            /** @description Path keys separated by commas; spaces around them are ignored */
            learning_paths: string;
            org?: string;
            reason?: string;
            role?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            /** @description enrollment_allowed_deactivated */
            'x-enrollment-allowed-deactivated'?: number;
            /** @description enrollments_unenrolled */
            'x-enrollments-unenrolled'?: number;
            /** @description removals queued for the LMS */
            'x-lms-queued'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/learning-paths/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The paths the caller may see (Open edX plugin shape)
     * @description The paths the caller is enrolled on, newest enrollment first, then the others they may see: public paths, and the paths they are staff of. Published paths only.
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              next: string | null;
              previous: string | null;
              results: {
                display_name: string;
                /** @description When the caller's active enrollment began */
                enrollment_date: string | null;
                image: string | null;
                invite_only: boolean;
                key: string;
                required_completion: number;
                /** @description True when the path's root group is a sequence */
                sequential: boolean;
                steps: {
                  /** @description [start, end] from the catalog; null when the catalog has no date (or no course) */
                  course_dates: (string | null)[];
                  course_key: string;
                  /** @description From 0, in document order */
                  order: number;
                  weight: number;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/learning-paths/{key}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One path with its description and skills (Open edX plugin shape)
     * @description 404 for a path the caller may not see, and for one never published.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acquired_skills: {
                level: number | null;
                skill: {
                  display_name: string;
                  /** @description The skill's name: skills have no ids of their own here */
                  id: string;
                };
              }[];
              description: string;
              display_name: string;
              duration: string;
              /** @description When the caller's active enrollment began */
              enrollment_date: string | null;
              image: string | null;
              invite_only: boolean;
              key: string;
              level: string;
              required_completion: number;
              required_skills: {
                level: number | null;
                skill: {
                  display_name: string;
                  /** @description The skill's name: skills have no ids of their own here */
                  id: string;
                };
              }[];
              /** @description True when the path's root group is a sequence */
              sequential: boolean;
              steps: {
                /** @description [start, end] from the catalog; null when the catalog has no date (or no course) */
                course_dates: (string | null)[];
                course_key: string;
                /** @description From 0, in document order */
                order: number;
                weight: number;
              }[];
              subtitle: string;
              time_commitment: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/programs/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The paths the caller may see, as course-discovery programs
     * @description In the order of `learning-paths/`. A program's UUID is uuid5(NAMESPACE_URL, path key).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              next: string | null;
              previous: string | null;
              results: {
                banner_image_urls: {
                  w1440h480?: string;
                };
                course_codes: {
                  /** @description The course number */
                  key: string;
                  run_modes: {
                    course_key: string;
                    run_key: string;
                  }[];
                }[];
                /** @description The path key */
                marketing_slug: string;
                name: string;
                /** @description Always empty, as in the plugin */
                organizations: string[];
                /** @enum {string} */
                status: 'active';
                subtitle: string;
                title: string;
                uuid: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/learning_paths/v1/programs/{uuid}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One path as a course-discovery program, by its UUID */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description uuid5(NAMESPACE_URL, path key) */
          uuid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              banner_image_urls: {
                w1440h480?: string;
              };
              course_codes: {
                /** @description The course number */
                key: string;
                run_modes: {
                  course_key: string;
                  run_key: string;
                }[];
              }[];
              /** @description The path key */
              marketing_slug: string;
              name: string;
              /** @description Always empty, as in the plugin */
              organizations: string[];
              /** @enum {string} */
              status: 'active';
              subtitle: string;
              title: string;
              uuid: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account audit log, newest first: who changed whose account, how and when
     * @description Administrators only; anyone else gets 404.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          username?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                action:
                  | 'token_created'
                  | 'token_revoked'
                  | 'user_disabled'
                  | 'user_enabled'
                  | 'role_granted'
                  | 'role_revoked'
                  | 'lms_linked';
                actor: string;
                at: string;
                details: {
                  [key: string]: unknown;
                } | null;
                id: number;
                username: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List catalog courses */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          org?: string;
          /** @description Part of the title or key, any case */
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                endsAt: string | null;
                inviteOnly: boolean;
                key: string;
                lmsUrl: string | null;
                org: string;
                startsAt: string | null;
                title: string;
                updatedAt: string;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create or update courses (up to 10,000 a request)
     * @description All or nothing: one bad row refuses the request with 422 and every problem at its pointer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            courses: {
              /** Format: date-time */
              endsAt?: string | null;
              inviteOnly?: boolean;
              /** @description course-v1:org+number+run */
              key: string;
              lmsUrl?: string | null;
              /** Format: date-time */
              startsAt?: string | null;
              title: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              saved: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a catalog course */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              endsAt: string | null;
              inviteOnly: boolean;
              key: string;
              lmsUrl: string | null;
              org: string;
              startsAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Create or update one course */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            endsAt?: string | null;
            inviteOnly?: boolean;
            lmsUrl?: string | null;
            /** Format: date-time */
            startsAt?: string | null;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              endsAt: string | null;
              inviteOnly: boolean;
              key: string;
              lmsUrl: string | null;
              org: string;
              startsAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/{key}/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which organisations' paths may use the course while it is invite-only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course: string;
              /** @description The list in force */
              effective: string[];
              inviteOnly: boolean;
              org: string;
              /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
              organizationDefault: string[];
              /** @description The course's own list; null when it follows its organisation's default */
              sharedWith: string[] | null;
            };
          };
        };
      };
    };
    /**
     * Say which organisations' paths may use the course while it is invite-only
     * @description Authors of the course's organisation and admins. `null` goes back to the organisation's default (PUT /api/v1/organizations/{org}/sharing). Paths that stop being allowed keep their steps, but learners can no longer start them.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
            sharedWith: string[] | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course: string;
              /** @description The list in force */
              effective: string[];
              inviteOnly: boolean;
              org: string;
              /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
              organizationDefault: string[];
              /** @description The course's own list; null when it follows its organisation's default */
              sharedWith: string[] | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/explore/paths': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public, published paths, which any signed-in learner may join
     * @description Searched in title, subtitle and description (any case), filtered by organisation and level, ordered by title.
     */
    get: {
      parameters: {
        query?: {
          level?: 'beginner' | 'intermediate' | 'advanced';
          limit?: number;
          offset?: number;
          org?: string;
          /** @description Part of the title, subtitle or description */
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Its courses, each counted once */
                courseCount: number;
                duration: string | null;
                /** @description Whether the caller is enrolled on it now */
                enrolled: boolean;
                image: string | null;
                key: string;
                /** @enum {string|null} */
                level: 'beginner' | 'intermediate' | 'advanced' | null;
                org: string;
                subtitle: string | null;
                /** @description Its milestones, in order: what the path leads to */
                tiers: {
                  id: string;
                  title: string;
                }[];
                timeCommitment: string | null;
                title: string;
              }[];
              limit: number;
              offset: number;
              /** @description The organisations of all public paths, whatever the filters */
              orgs: string[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record learners' course facts (admins and service accounts)
     * @description Up to 10,000 facts a request. For each user, course and field the fact with the newest `time` wins, whatever the order of arrival; a repeated `id` is applied once. Besides its own fields, a fact may carry those the registered criteria declare (their `facts`, from the plugins loaded), each checked by its schema; any other field is refused at its pointer. `applied` counts facts that changed something, `ignored` those that were older or repeated; `rejected` lists facts about unknown users (the others are applied).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            facts: ({
              completion?: number;
              course: string;
              enrolled?: boolean;
              grade?: number;
              /** @description Idempotency id: applied once */
              id?: string;
              passed?: boolean;
              /**
               * Format: date-time
               * @description When it happened; now when absent
               */
              time?: string;
              /** @description The username */
              user: string;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              ignored: number;
              rejected: {
                message: string;
                pointer: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an image for a path (authors and admins)
     * @description The image itself is the body, sent as image/png, image/jpeg, image/webp, image/gif: its magic number must match. At most 2097152 bytes (2 MiB). Set the path's `image` to the `url` answered.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'image/gif': string;
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description image/png, image/jpeg, image/webp, image/gif */
              contentType: string;
              id: string;
              size: number;
              /** @description Where anyone fetches it: /api/v1/images/{id} */
              url: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/images/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fetch an uploaded image (no sign-in needed)
     * @description Served with its stored Content-Type, to be shown as an image and never run.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learners/{username}/paths/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A learner's live evaluation on the path's published version
     * @description A learner may read only their own; staff of the path may read anyone. Achieved tiers are never taken back.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description An evaluation (docs/path-format.md, section 4) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learners/{username}/paths/{key}/page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A learner's path page as they see it in Learn, for the path's staff
     * @description The answer of GET /api/v1/me/paths/{key} for that learner: read-only, for staff of the path only. Anyone else, and any username that is not a learner of the path (or one who left it), gets 404. Never stored by caches.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Archived: learners on it keep their progress; no one new may join */
              archived: boolean;
              courses: {
                [key: string]: {
                  completion: number | null;
                  /** @enum {string} */
                  dateState: 'open' | 'upcoming' | 'ended';
                  endsAt: string | null;
                  enrolled: boolean;
                  grade: number | null;
                  inCatalog: boolean;
                  inviteOnly: boolean;
                  org: string;
                  passed: boolean | null;
                  /** @description The run the step sends the learner to: the one it names, unless it follows its course (run: current) */
                  run: string;
                  startsAt: string | null;
                  title: string;
                };
              };
              definition: unknown;
              enrollment: {
                active: boolean;
                enrolledAt: string;
              } | null;
              /** @description An evaluation (docs/path-format.md, section 4) */
              evaluation: unknown;
              key: string;
              /** @description The lock reasons as messages, by node id */
              lockReasonMessages: {
                [key: string]: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              };
              lockReasons: {
                [key: string]: string;
              };
              /** @description What each node asks, in a few words: "choose 2 of 3", "grade ≥ 70%" */
              summaries: {
                [key: string]: string;
              };
              /** @description The summaries as messages, by node id (none for a plugin rule's plain summary) */
              summaryMessages: {
                [key: string]: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              };
              /** @description For each tier not achieved yet, what it still needs in words: what to do in the parts open now, and why locked parts are locked */
              tierNeeds: {
                [key: string]: {
                  locked: boolean;
                  /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                  message?: {
                    id: string;
                    values: {
                      [key: string]:
                        | (string | number)
                        | (
                            | string
                            | {
                                id: string;
                                values: {
                                  [key: string]: string | number;
                                };
                              }
                          )[];
                    };
                  };
                  node: string;
                  text: string;
                }[];
              };
              titles: {
                [key: string]: string;
              };
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user and their roles
     * @description Works with every kind of credentials; csrfToken is that of the session, null when the request was not signed in by the session cookie. Signed in by the Open edX JWT cookies (which write only past Django's CSRF check, as in the LMS), it opens a session for that user too, setting its cookie, so that the web UI can write with the CSRF token it answers.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE signed in by the session cookie. */
              csrfToken: string | null;
              user: {
                displayName: string | null;
                email: string | null;
                isAdmin: boolean;
                roles: {
                  role: string;
                  /** @description *, org:<org> or path:<path key> */
                  scope: string;
                }[];
                username: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/learning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's paths and courses with status and progress */
    get: {
      parameters: {
        query?: {
          dates?: 'open' | 'upcoming' | 'ended';
          limit?: number;
          offset?: number;
          org?: string;
          /** @description Part of the title or key */
          search?: string;
          sort?: 'recent' | 'title' | 'progress';
          status?: 'not_started' | 'in_progress' | 'completed';
          type?: 'path' | 'course';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Paths: archived; the learner keeps it and their progress, no one can join it */
                archived?: boolean;
                /** @description Paths: false once a required course ended before the learner completed it */
                completable?: boolean;
                currentTier?: string | null;
                currentTierTitle?: string | null;
                /** @enum {string} */
                dateState: 'open' | 'upcoming' | 'ended';
                endsAt: string | null;
                enrolledAt: string;
                grade?: number | null;
                image: string | null;
                key: string;
                launchUrl?: string | null;
                /** @description Paths: the suggested next steps whose course can be taken now */
                next?: {
                  course: string | null;
                  id: string;
                  title: string;
                }[];
                /** @description Paths: when none of the suggested steps can be taken now, when the first opens */
                opensAt?: string | null;
                org: string;
                paths?: {
                  key: string;
                  title: string;
                }[];
                progress: number;
                startsAt: string | null;
                /** @enum {string} */
                status: 'not_started' | 'in_progress' | 'completed';
                subtitle?: string | null;
                title: string;
                /** @enum {string} */
                type: 'path' | 'course';
              }[];
              limit: number;
              offset: number;
              /** @description The organisations of all the caller's items, whatever the filters */
              orgs: string[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/paths/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's path page: definition, live evaluation, lock reasons, course details */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Archived: learners on it keep their progress; no one new may join */
              archived: boolean;
              courses: {
                [key: string]: {
                  completion: number | null;
                  /** @enum {string} */
                  dateState: 'open' | 'upcoming' | 'ended';
                  endsAt: string | null;
                  enrolled: boolean;
                  grade: number | null;
                  inCatalog: boolean;
                  inviteOnly: boolean;
                  org: string;
                  passed: boolean | null;
                  /** @description The run the step sends the learner to: the one it names, unless it follows its course (run: current) */
                  run: string;
                  startsAt: string | null;
                  title: string;
                };
              };
              definition: unknown;
              enrollment: {
                active: boolean;
                enrolledAt: string;
              } | null;
              /** @description An evaluation (docs/path-format.md, section 4) */
              evaluation: unknown;
              key: string;
              /** @description The lock reasons as messages, by node id */
              lockReasonMessages: {
                [key: string]: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              };
              lockReasons: {
                [key: string]: string;
              };
              /** @description What each node asks, in a few words: "choose 2 of 3", "grade ≥ 70%" */
              summaries: {
                [key: string]: string;
              };
              /** @description The summaries as messages, by node id (none for a plugin rule's plain summary) */
              summaryMessages: {
                [key: string]: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              };
              /** @description For each tier not achieved yet, what it still needs in words: what to do in the parts open now, and why locked parts are locked */
              tierNeeds: {
                [key: string]: {
                  locked: boolean;
                  /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                  message?: {
                    id: string;
                    values: {
                      [key: string]:
                        | (string | number)
                        | (
                            | string
                            | {
                                id: string;
                                values: {
                                  [key: string]: string | number;
                                };
                              }
                          )[];
                    };
                  };
                  node: string;
                  text: string;
                }[];
              };
              titles: {
                [key: string]: string;
              };
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/paths/{key}/enrollment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join a public path
     * @description 201 when enrolled, 200 when an earlier enrollment is made active again, 409 when already enrolled.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enrolledAt: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enrolledAt: string;
            };
          };
        };
      };
    };
    /** Leave a public path */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/paths/{key}/steps/{step}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a step's course: enroll in it through the path and get its launch URL
     * @description Works for invite-only courses. 403 with the reason while the step is locked or when the caller is not enrolled on the path; 409 with the date when its course has not started, or has ended and the step is not completed; 502 with the reason when the LMS refuses the enrollment.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
          /** @description The step id or its course key */
          step: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Enrolled in the course (or already): go to launchUrl */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course: string;
              created: boolean;
              launchUrl: string | null;
              /** @enum {string} */
              lms: 'done' | 'queued';
              step: string;
            };
          };
        };
        /** @description The LMS did not answer in time: the enrollment is queued and made as soon as it does */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              course: string;
              created: boolean;
              launchUrl: string | null;
              /** @enum {string} */
              lms: 'done' | 'queued';
              step: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{org}/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which organisations' paths may use this organisation's invite-only courses by default
     * @description Empty (no one) until its authors share them.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The org part of course keys */
          org: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              org: string;
              /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
              shareInviteOnlyCoursesWith: string[];
              updatedAt: string | null;
              updatedBy: string | null;
            };
          };
        };
      };
    };
    /**
     * Say which organisations' paths may use this organisation's invite-only courses by default
     * @description Authors of the organisation and admins. Applies to its invite-only courses without a list of their own (PUT /api/v1/courses/{key}/sharing).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The org part of course keys */
          org: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
            shareInviteOnlyCoursesWith: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              org: string;
              /** @description Organisations (the org part of course keys), or ["*"] for every organisation */
              shareInviteOnlyCoursesWith: string[];
              updatedAt: string | null;
              updatedBy: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{org}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who works on every path of the organisation: authors and instructors, with their scope
     * @description Authors of the organisation and admins; anyone else gets 403.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The org part of path keys */
          org: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: {
                displayName: string | null;
                email: string | null;
                grantedAt: string;
                /** @enum {string} */
                role: 'author' | 'instructor';
                /** @description `path:<key>`, `org:<org>`, or `*` (every organisation) */
                scope: string;
                username: string;
              }[];
              /** @description The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>` */
              scopes: string[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Give someone a role on every path of the organisation
     * @description Authors of the organisation and admins; anyone else gets 403. Recorded in the account audit log. Answers the team.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The org part of path keys */
          org: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A username or an email address, in any case */
            person: string;
            /** @enum {string} */
            role: 'author' | 'instructor';
            /** @description One of the team's scopes; authors are given an organisation */
            scope: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: {
                displayName: string | null;
                email: string | null;
                grantedAt: string;
                /** @enum {string} */
                role: 'author' | 'instructor';
                /** @description `path:<key>`, `org:<org>`, or `*` (every organisation) */
                scope: string;
                username: string;
              }[];
              /** @description The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>` */
              scopes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{org}/team/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Take someone's role on every path of the organisation away
     * @description Authors of the organisation and admins; anyone else gets 403. Recorded in the account audit log; one's own role cannot be taken away (409).
     */
    delete: {
      parameters: {
        query: {
          role: 'author' | 'instructor';
          scope: string;
        };
        header?: never;
        path: {
          /** @description The org part of path keys */
          org: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the paths the caller may see
     * @description Staff see the paths of their organisations; everyone sees published public paths. Newest change first.
     */
    get: {
      parameters: {
        query?: {
          /** @description Only paths with a step for this course key, in their draft or published version */
          course?: string;
          limit?: number;
          offset?: number;
          org?: string;
          /** @description Part of the title or key, any case */
          search?: string;
          status?: 'draft' | 'published' | 'archived';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                key: string;
                org: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                title: string;
                updatedAt: string;
                version: number | null;
                visibility: string;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a path as a draft
     * @description 422 with every validation problem when the definition is invalid; 409 when the key is taken. With unfinished=true (an editor saving work in progress), a definition with problems is stored as long as it has a valid key and title, stays within the format limits and uses only courses the path may use; its problems are in draftProblems.
     */
    post: {
      parameters: {
        query?: {
          /** @description Store a definition that is not valid yet as the draft */
          unfinished?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A path definition (docs/path-definition.schema.json). */
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              definition: unknown;
              /** @description Staff only: the draft, which may be unfinished. */
              draft?: unknown;
              /** @description Staff only: what is left to fix in the draft before it can be published; empty when it is valid. */
              draftProblems?: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              draftRevision?: number;
              key: string;
              org: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              title: string;
              updatedAt: string;
              version: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a path */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              definition: unknown;
              /** @description Staff only: the draft, which may be unfinished. */
              draft?: unknown;
              /** @description Staff only: what is left to fix in the draft before it can be published; empty when it is valid. */
              draftProblems?: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              draftRevision?: number;
              key: string;
              org: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              title: string;
              updatedAt: string;
              version: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a path */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              definition: unknown;
              /** @description Staff only: the draft, which may be unfinished. */
              draft?: unknown;
              /** @description Staff only: what is left to fix in the draft before it can be published; empty when it is valid. */
              draftProblems?: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              draftRevision?: number;
              key: string;
              org: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              title: string;
              updatedAt: string;
              version: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The path's enrollment audit log, newest first */
    get: {
      parameters: {
        query?: {
          learner?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                actor: string;
                after: unknown;
                at: string;
                before: unknown;
                id: number;
                learner: string;
                reason: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/definition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a path's definition file
     * @description The published version by default; `version=N` for an earlier one, `version=draft` for the draft (staff only).
     */
    get: {
      parameters: {
        query?: {
          version?: 'draft' | number;
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a path's draft
     * @description A draft is work in progress: it is stored with its problems (listed in draftProblems) as long as it keeps the path key, has a title, stays within the format limits and uses only courses the path may use (422 otherwise). Publishing needs it valid. With expectedRevision, a save over a newer one is refused with 409 instead of overwriting it.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A path definition (docs/path-definition.schema.json). */
            definition: unknown;
            expectedRevision?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              definition: unknown;
              /** @description Staff only: the draft, which may be unfinished. */
              draft?: unknown;
              /** @description Staff only: what is left to fix in the draft before it can be published; empty when it is valid. */
              draftProblems?: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              draftRevision?: number;
              key: string;
              org: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              title: string;
              updatedAt: string;
              version: number | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/enrollments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The path's active learners with their progress */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          order?: 'asc' | 'desc';
          /** @description Only learners in this position (with `step`: at that step) */
          position?: 'working' | 'waiting' | 'ended' | 'notStarted' | 'completed';
          /** @description Part of the username, email or name */
          search?: string;
          sort?: 'username' | 'progress' | 'enrolled' | 'updated';
          status?: 'not_started' | 'in_progress' | 'completed';
          /** @description Only learners whose current step is this step id */
          step?: string;
          /** @description The current tier; `none` for learners without one */
          tier?: string;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                achievedTiers: string[];
                /** @description The steps whose course ended before the learner completed them, without which the path cannot be completed; empty when it still can be */
                blockedBy: {
                  id: string;
                  title: string;
                }[];
                /** @description Where the learner stands: working on a step, waiting for it to open, kept out by its ended course (the path can no longer be completed), not started (with the first step open to them), or completed */
                currentStep: {
                  /** @description Waiting: when the step opens, when known; ended: when its course ended */
                  date: string | null;
                  /** @enum {string} */
                  kind: 'working' | 'waiting' | 'ended' | 'notStarted' | 'completed';
                  stepId: string | null;
                  stepTitle: string | null;
                  /**
                   * @description Waiting only: the step's course has not started (`courseStart`), a release date is ahead (`releaseDate`), or it needs other parts first (`locked`)
                   * @enum {string|null}
                   */
                  waitingOn: 'courseStart' | 'releaseDate' | 'locked' | null;
                };
                currentTier: string | null;
                displayName: string | null;
                email: string | null;
                enrolledAt: string;
                /** @description The time of the learner's newest fact about the path's courses (not when progress was last computed); null when none */
                lastActivity: string | null;
                progress: number;
                source: string;
                /** @enum {string} */
                status: 'not_started' | 'in_progress' | 'completed';
                updatedAt: string | null;
                username: string;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Enroll learners by username or email, one result per row
     * @description A JSON body `{ learners, reason }`, or a `text/csv` body whose first column holds usernames or emails (a header row is allowed; the reason then goes in `?reason=`). At most 100,000 rows. Each line of a CSV body is read on its own: a line that is not CSV (an unmatched quote) is an `invalid` result at its `line`, and the other lines are enrolled. A row naming a learner named earlier in the request is a `duplicate`. Usernames and emails are matched without regard to case. An email without an account becomes a pending enrollment, made when the account appears. All rows are written in one transaction.
     */
    post: {
      parameters: {
        query?: {
          reason?: string;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                learners: string[];
                reason?: string;
              }
            | string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                /** @description In English */
                detail: string;
                learner: string;
                /** @description The row's line in the CSV body (CSV only) */
                line?: number;
                /** @description The detail for the page to translate (ids lp.enroll.*) */
                message: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
                /** @enum {string} */
                result: 'enrolled' | 'already_enrolled' | 'pending' | 'invalid' | 'duplicate';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/enrollments.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the path's learners and their progress as CSV
     * @description Same filters as the JSON list, every matching row. Cells that could run as spreadsheet formulas are neutralised.
     */
    get: {
      parameters: {
        query?: {
          order?: 'asc' | 'desc';
          /** @description Part of the username, email or name */
          search?: string;
          sort?: 'username' | 'progress' | 'enrolled' | 'updated';
          status?: 'not_started' | 'in_progress' | 'completed';
          /** @description The current tier; `none` for learners without one */
          tier?: string;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/enrollments/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unenroll a learner
     * @description Staff may unenroll anyone; a learner only themself, and only from a public path. The progress is kept.
     */
    delete: {
      parameters: {
        query?: {
          reason?: string;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/pending-enrollments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enrollments waiting for an account with their email */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                createdBy: string | null;
                email: string;
                /** @description Where letting the address into the path's courses stands in the LMS: waiting (queued, or retried after a failure, `error` saying the last), done, or failed (the LMS refused, `error` says why; try again with POST …/lms-retry); null when nothing was queued (an LMS of the service's own) */
                lms: {
                  attempts: number;
                  error: string | null;
                  /** @enum {string} */
                  state: 'waiting' | 'done' | 'failed';
                } | null;
                reason: string | null;
                source: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/pending-enrollments/{email}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel a pending enrollment */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          email: string;
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/pending-enrollments/{email}/lms-retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Try again the LMS calls the LMS refused for a pending enrollment
     * @description Path staff. The refused calls are queued again and sent in the background; `retried` counts them. 404 when the address is not pending on the path.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          email: string;
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              retried: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/progress-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many active learners are at each status and at each tier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byStatus: {
                [key: string]: number;
              };
              byTier: {
                [key: string]: number;
              };
              /** @description Learners who can no longer complete the path: a course it needs ended first */
              cannotComplete: number;
              enrolled: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the draft as the next version
     * @description 422 listing every problem when the draft is not valid yet.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              /** @description Enrolled learners moved to this version */
              learnersMoved: number;
              publishedAt: string;
              publishedBy: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived path */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              definition: unknown;
              /** @description Staff only: the draft, which may be unfinished. */
              draft?: unknown;
              /** @description Staff only: what is left to fix in the draft before it can be published; empty when it is valid. */
              draftProblems?: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              draftRevision?: number;
              key: string;
              org: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              title: string;
              updatedAt: string;
              version: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/step-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many active learners stand at each step, and in which position
     * @description One entry per step and position with learners ("41 learners are waiting on Statistics"), in the order of the published version's steps; completed learners, and those not started where nothing is open yet, without a step. Each entry is the list's `?step=&position=` filter.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                count: number;
                /** @enum {string} */
                position: 'working' | 'waiting' | 'ended' | 'notStarted' | 'completed';
                stepId: string | null;
                stepTitle: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who works on the path: authors and instructors, with their scope
     * @description Authors of the path's organisation and admins; the path's other staff get 403, anyone else 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: {
                displayName: string | null;
                email: string | null;
                grantedAt: string;
                /** @enum {string} */
                role: 'author' | 'instructor';
                /** @description `path:<key>`, `org:<org>`, or `*` (every organisation) */
                scope: string;
                username: string;
              }[];
              /** @description The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>` */
              scopes: string[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Give someone a role on the path
     * @description Authors of the path's organisation and admins; the path's other staff get 403, anyone else 404. Recorded in the account audit log. Answers the team.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key */
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A username or an email address, in any case */
            person: string;
            /** @enum {string} */
            role: 'author' | 'instructor';
            /** @description One of the team's scopes; authors are given an organisation */
            scope: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: {
                displayName: string | null;
                email: string | null;
                grantedAt: string;
                /** @enum {string} */
                role: 'author' | 'instructor';
                /** @description `path:<key>`, `org:<org>`, or `*` (every organisation) */
                scope: string;
                username: string;
              }[];
              /** @description The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>` */
              scopes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/team/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Take someone's role on the path away
     * @description Authors of the path's organisation and admins; the path's other staff get 403, anyone else 404. Recorded in the account audit log; one's own role cannot be taken away (409).
     */
    delete: {
      parameters: {
        query: {
          role: 'author' | 'instructor';
          scope: string;
        };
        header?: never;
        path: {
          /** @description The path key */
          key: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/{key}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published versions of a path, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The path key, path-v1:org+number+run+group */
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                definition: unknown;
                publishedAt: string;
                publishedBy: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a path definition file (JSON or YAML): create the path or replace its draft
     * @description Send the file as application/json or application/yaml. The key inside decides which path. 422 with every problem when it is invalid.
     */
    post: {
      parameters: {
        query?: {
          /** @description Publish it as the next version too */
          publish?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A path definition (docs/path-definition.schema.json) */
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: boolean;
              draftRevision: number;
              key: string;
              publishedVersion: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paths/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a path definition without saving it
     * @description Every problem is reported at once, each with a JSON pointer into the definition. See docs/path-format.md.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A path definition (docs/path-definition.schema.json). */
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              errors: {
                message: string;
                pointer: string;
                /** @description A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages") */
                translatable?: {
                  id: string;
                  values: {
                    [key: string]:
                      | (string | number)
                      | (
                          | string
                          | {
                              id: string;
                              values: {
                                [key: string]: string | number;
                              };
                            }
                        )[];
                  };
                };
              }[];
              valid: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plugin-settings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plugin’s settings, for its form in Studio (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              history: {
                actor: string;
                at: string;
                changed: string[];
              }[];
              id: string;
              /** @description Settings the environment sets: shown, not changeable here */
              locked: {
                name: string;
                variable: string;
              }[];
              /** @description Settings with a value saved here; null in PUT removes one */
              saved: string[];
              /** @description JSON Schema of the settings as the plugin reads them; null when it has none */
              schema: {
                [key: string]: unknown;
              } | null;
              secrets: string[];
              updatedAt: string | null;
              updatedBy: string | null;
              /** @description The settings in force; secrets as ******** */
              values: {
                [key: string]: unknown;
              };
              version: string;
            };
          };
        };
      };
    };
    /**
     * Save a plugin’s settings (administrators)
     * @description Changes what was saved: values as the environment gives them (strings for numbers and booleans) or JSON; a name not sent keeps its saved value; null removes it (back to the file or the default); a secret sent as ******** keeps its value. Settings the environment sets cannot be sent.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            values: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              history: {
                actor: string;
                at: string;
                changed: string[];
              }[];
              id: string;
              /** @description Settings the environment sets: shown, not changeable here */
              locked: {
                name: string;
                variable: string;
              }[];
              /** @description Settings with a value saved here; null in PUT removes one */
              saved: string[];
              /** @description JSON Schema of the settings as the plugin reads them; null when it has none */
              schema: {
                [key: string]: unknown;
              } | null;
              secrets: string[];
              updatedAt: string | null;
              updatedBy: string | null;
              /** @description The settings in force; secrets as ******** */
              values: {
                [key: string]: unknown;
              };
              version: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plugins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plugins loaded, and the plugin-API version of the service
     * @description Any signed-in caller; administrators also get each plugin’s settings, secrets masked.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              apiVersion: number;
              plugins: {
                apiVersions: number[];
                id: string;
                /** @description Administrators only: the settings in force, secrets masked */
                settings?: {
                  [key: string]: unknown;
                };
                version: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plugins/ui': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plugins’ browser bundles, which Learn and Studio import at start
     * @description Public. Each URL carries its content’s hash; the answer is revalidated.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              url: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in to the web UI with a username and password
     * @description Sets the HttpOnly session cookie lp_session, valid 12 hours (SESSION_TTL_HOURS), and Secure when the request came over HTTPS (behind a proxy that TRUST_PROXY trusts, as its X-Forwarded-Proto says) or when SESSION_COOKIE_SECURE=true. 401 with the same message whether the username or the password is wrong; users who sign in through the LMS have no password here. Guessing is throttled: after 5 attempts for a username (existing or not) or 20 from a client address, each further one blocks it for a wait that starts at 1 s and doubles up to 15 min; a blocked sign-in is answered 429 with Retry-After (seconds), its password unchecked. A success clears the username's count; attempts are forgotten 60 min after the last.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE signed in by the session cookie. */
              csrfToken: string;
              user: {
                displayName: string | null;
                email: string | null;
                isAdmin: boolean;
                roles: {
                  role: string;
                  /** @description *, org:<org> or path:<path key> */
                  scope: string;
                }[];
                username: string;
              };
            };
          };
        };
      };
    };
    /**
     * Sign out: end the session and clear its cookie
     * @description Needs X-CSRF-Token, like every write signed in by the session cookie.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The accounts, in username order, with their roles
     * @description Administrators only; anyone else gets 404.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          /** @description Part of the username, email or name */
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /**
                 * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
                 * @enum {string|null}
                 */
                adminFrom: 'here' | 'lms' | null;
                createdAt: string;
                disabledAt: string | null;
                displayName: string | null;
                email: string | null;
                isAdmin: boolean;
                /** @description The LMS user the account is linked to; null for a local account */
                lmsUserId: string | null;
                roles: {
                  role: string;
                  /** @description *, org:<org> or path:<path key> */
                  scope: string;
                }[];
                username: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An account: its LMS link, administrator right, roles, and whether it is disabled
     * @description Administrators only; anyone else gets 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable an account: its sessions end, and none of its credentials sign in
     * @description Administrators only; anyone else gets 404. Its API tokens are kept (they work again once it is enabled). You cannot disable yourself (409).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a disabled account again
     * @description Administrators only; anyone else gets 404.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/lms-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Link a local account to its LMS user, so that that user's LMS JWTs sign in to it
     * @description Administrators only; anyone else gets 404. An account is linked to one LMS user and an LMS user to one account (409 otherwise).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The LMS's user id (Open edX: user_id) */
            lmsUserId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Grant a role (admin, author, instructor, learner, service) at a scope
     * @description Administrators only; anyone else gets 404. admin is granted everywhere (scope *), and the LMS never takes it back.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'admin' | 'author' | 'instructor' | 'learner' | 'service';
            /** @description *, org:<org> or path:<path key>; * when absent */
            scope?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    post?: never;
    /**
     * Take a role away (404 when the account does not have it)
     * @description Administrators only; anyone else gets 404. You cannot take your own admin right away (409).
     */
    delete: {
      parameters: {
        query: {
          role: 'admin' | 'author' | 'instructor' | 'learner' | 'service';
          /** @description *, org:<org> or path:<path key>; * when absent */
          scope?: string;
        };
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Where the administrator right came from: granted here, or by the LMS (which may take it back)
               * @enum {string|null}
               */
              adminFrom: 'here' | 'lms' | null;
              createdAt: string;
              disabledAt: string | null;
              displayName: string | null;
              email: string | null;
              isAdmin: boolean;
              /** @description The LMS user the account is linked to; null for a local account */
              lmsUserId: string | null;
              roles: {
                role: string;
                /** @description *, org:<org> or path:<path key> */
                scope: string;
              }[];
              username: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An account's API tokens, newest first, never their secrets
     * @description Administrators, and the account itself; anyone else gets 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                expiresAt: string | null;
                id: number;
                /** @description When it last signed a request in, to the hour */
                lastUsedAt: string | null;
                name: string;
                revokedAt: string | null;
                /** @enum {string} */
                state: 'active' | 'expired' | 'revoked';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create an API token; the answer is the only time it is shown
     * @description Administrators only; anyone else gets 404. It never expires unless expiresInDays is given.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expiresInDays?: number;
            /** @description What the token is for */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              expiresAt: string | null;
              id: number;
              /** @description When it last signed a request in, to the hour */
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'revoked';
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API token: the next request it signs is refused
     * @description Administrators, and the account itself; anyone else gets 404.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              expiresAt: string | null;
              id: number;
              /** @description When it last signed a request in, to the hour */
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database check */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
