/**
 * The API's types, generated from GET /api/openapi.json (the routes' own zod
 * schemas) by openapi-typescript. Do not edit: run `npm run api:types`.
 */

export interface paths {
    "/api/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This server: its version and, when the built-in example is loaded, its demo logins */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            /** @description the sign-ins of the built-in example when it is loaded; null otherwise */
                            demo: {
                                /** @example London 1945 */
                                example: string;
                                /** @description the one password of every demo login */
                                password: string;
                                logins: {
                                    login: string;
                                    name: string;
                                    title: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                                login: string;
                                isAdmin: boolean;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person and their CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                                login: string;
                                isAdmin: boolean;
                                zone: string;
                                /** @description what the person may do beyond cables: admin, secretariat, … */
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            };
                            csrfToken: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an API token (for the CLI) against login and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                        /** @default cli */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            token: string;
                            person: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                                login: string;
                                isAdmin: boolean;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
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
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/first-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this server’s one-time setup link can still create the first administrator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true while no administrator exists and this server printed a setup link that still works */
                            open: boolean;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first administrator with the token of the setup link printed on the console (once, before it expires) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @description the login of the first administrator */
                        id: string;
                        name: string;
                        /** @default  */
                        title?: string;
                        password: string;
                        /** @description a post to create and seat the administrator at; else the registry’s own post */
                        post?: {
                            id: string;
                            name: string;
                            /** @default  */
                            place?: string;
                            zone: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                                login: string;
                                isAdmin: boolean;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People, groups with their members now, posts, series, conferences and the vocabularies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                            }[];
                            groups: {
                                id: string;
                                name: string;
                                description: string;
                                members: string[];
                            }[];
                            posts: {
                                id: string;
                                name: string;
                                place: string;
                                zone: string;
                            }[];
                            series: {
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost: string | null;
                            }[];
                            conferences: {
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                            }[];
                            classifications: string[];
                            precedences: string[];
                            kinds: string[];
                            captions: string[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your cables: unread first, then by precedence, then newest */
        get: {
            parameters: {
                query?: {
                    box?: "in" | "sent";
                    limit?: number;
                    offset?: number;
                    precedence?: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                    kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                    issue?: string;
                    conference?: string;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            unread: number;
                            cables: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/cables/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a cable (by id or registry number) with its thread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                                body: string | null;
                                withheld: "READ-OUT" | null;
                                inReplyTo: {
                                    id: string;
                                    number: string;
                                } | null;
                                refs: {
                                    id: string;
                                    number: string;
                                }[];
                                readers: string[];
                                signature: string;
                                /** @description Chain hash: auditors only */
                                hash?: string;
                                /** @description The previous cable's chain hash: auditors only */
                                prevHash?: string;
                                handlingTargetMinutes: number;
                                payload?: ({
                                    /** @constant */
                                    type: "mandate-amendment";
                                    conference: string;
                                    issue: string;
                                    dimension?: string;
                                    changes: ({
                                        /** @constant */
                                        op: "set-ladder";
                                        ladder: ({
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        })[];
                                        authority?: string;
                                    } | {
                                        /** @constant */
                                        op: "insert-step";
                                        step: {
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        };
                                        after: string;
                                    } | {
                                        /** @constant */
                                        op: "append-step";
                                        step: {
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        };
                                    } | {
                                        /** @constant */
                                        op: "release-next";
                                    } | {
                                        /** @constant */
                                        op: "release-to";
                                        position: string;
                                    } | {
                                        /** @constant */
                                        op: "withdraw-authority";
                                        position?: string;
                                    } | {
                                        /** @constant */
                                        op: "add-red-line";
                                        redLine: {
                                            id: string;
                                            description: string;
                                            rule: {
                                                /** @constant */
                                                type: "forbid-positions";
                                                positions: string[];
                                            } | {
                                                /** @constant */
                                                type: "numeric-bound";
                                                bound: number;
                                                unit: string;
                                                /** @enum {string} */
                                                direction: "more-is-better" | "less-is-better";
                                            } | {
                                                /** @constant */
                                                type: "participation";
                                                party: string;
                                                issues: (string | "*")[];
                                            } | {
                                                /** @constant */
                                                type: "keep-participation";
                                            } | {
                                                /** @constant */
                                                type: "decision-rule";
                                                forbids: ("unanimity" | "majority" | "two-thirds")[];
                                            };
                                        };
                                    } | {
                                        /** @constant */
                                        op: "remove-red-line";
                                        id: string;
                                    } | {
                                        /** @constant */
                                        op: "add-linkage";
                                        linkage: {
                                            id: string;
                                            description: string;
                                            positions?: string[];
                                            condition: components["schemas"]["Condition"];
                                        };
                                    } | {
                                        /** @constant */
                                        op: "remove-linkage";
                                        id: string;
                                    } | {
                                        /** @constant */
                                        op: "ratify";
                                        report: string;
                                        move: number;
                                    })[];
                                    /** Format: date-time */
                                    effectiveAt?: string;
                                } | {
                                    /** @constant */
                                    type: "moves";
                                    conference: string;
                                    moves: {
                                        issue: string;
                                        /** @enum {string} */
                                        side: "ours" | "theirs";
                                        /** @enum {string} */
                                        type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                        party?: string;
                                        session?: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        dimensions?: {
                                            dimension: string;
                                            position?: string;
                                            value?: number;
                                            unit?: string;
                                        }[];
                                        participation?: {
                                            party: string;
                                            issues: (string | "*")[];
                                        }[];
                                        /** @enum {string} */
                                        decisionRule?: "unanimity" | "majority" | "two-thirds";
                                        summary: string;
                                        /** Format: date-time */
                                        occurredAt?: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "record";
                                    conference: string;
                                    session: string;
                                    /** @enum {string} */
                                    source: "our-note" | "their-memo" | "press" | "verbatim";
                                    party: string;
                                    title?: string;
                                    /** @default [] */
                                    participants: {
                                        party: string;
                                        /** @default [] */
                                        people: string[];
                                        issues?: string[];
                                    }[];
                                    /** @default [] */
                                    agenda: string[];
                                    /** @default [] */
                                    entries: {
                                        key?: string;
                                        /** @enum {string} */
                                        kind: "statement" | "proposal" | "decision";
                                        party: string;
                                        issue?: string;
                                        speaker?: string;
                                        at?: string;
                                        text: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        /** @enum {string} */
                                        status?: "open" | "agreed" | "deadlocked" | "deferred";
                                        decision?: {
                                            procedure: string;
                                            vote?: {
                                                /** @default [] */
                                                for: string[];
                                                /** @default [] */
                                                against: string[];
                                                /** @default [] */
                                                abstaining: string[];
                                            };
                                            /** @enum {string} */
                                            outcome: "adopted" | "rejected" | "deferred";
                                        };
                                    }[];
                                    /** @default [] */
                                    promised: {
                                        /** @enum {string} */
                                        source: "our-note" | "their-memo" | "press" | "verbatim";
                                        party: string;
                                        by: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "deadlines";
                                    conference: string;
                                    deadlines: {
                                        id: string;
                                        description: string;
                                        issue?: string;
                                        due: {
                                            /** @constant */
                                            type: "at";
                                            /** Format: date-time */
                                            at: string;
                                        } | {
                                            /** @constant */
                                            type: "within";
                                            of: {
                                                /** @constant */
                                                type: "registration";
                                            } | {
                                                /** @constant */
                                                type: "agreement";
                                                issue: string;
                                            };
                                            within: {
                                                months?: number;
                                                days?: number;
                                                hours?: number;
                                                minutes?: number;
                                            };
                                        };
                                        meets: {
                                            /** @constant */
                                            type: "reply";
                                            /** @enum {string} */
                                            kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                        } | {
                                            /** @constant */
                                            type: "cable";
                                            /** @enum {string} */
                                            kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                            issue: string;
                                        } | {
                                            /** @constant */
                                            type: "agreement";
                                            issue: string;
                                        };
                                        actors: string[];
                                        notify?: string[];
                                        warn?: {
                                            months?: number;
                                            days?: number;
                                            hours?: number;
                                            minutes?: number;
                                        }[];
                                    }[];
                                }) | null;
                                moves?: {
                                    idx: number;
                                    move: {
                                        issue: string;
                                        /** @enum {string} */
                                        side: "ours" | "theirs";
                                        /** @enum {string} */
                                        type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                        party?: string;
                                        session?: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        dimensions?: {
                                            dimension: string;
                                            position?: string;
                                            value?: number;
                                            unit?: string;
                                        }[];
                                        participation?: {
                                            party: string;
                                            issues: (string | "*")[];
                                        }[];
                                        /** @enum {string} */
                                        decisionRule?: "unanimity" | "majority" | "two-thirds";
                                        summary: string;
                                        /** Format: date-time */
                                        occurredAt?: string;
                                    };
                                    verdict: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                        explanation: string;
                                        cites: {
                                            id: string;
                                            number: string;
                                        }[];
                                        original?: {
                                            /** @enum {string} */
                                            verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                            clause: {
                                                /** @enum {string} */
                                                kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                id: string | null;
                                            };
                                            explanation: string;
                                        };
                                        dimension?: string;
                                        dimensions?: {
                                            dimension: string;
                                            verdict: {
                                                /** @enum {string} */
                                                verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                                clause: {
                                                    /** @enum {string} */
                                                    kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                    id: string | null;
                                                };
                                                explanation: string;
                                            };
                                        }[];
                                    } | null;
                                    evaluations: number;
                                }[];
                            };
                            thread: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                                /** @description The id of the cable this one answers, when the reader may read it (it is then in the thread) */
                                repliesTo: string | null;
                                /** @description Ids of the cables of the thread this one refers to */
                                refersTo: string[];
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/cables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a cable, signed by you; answers after the durable commit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        series?: string;
                        alias?: string;
                        to: string[];
                        /** @default [] */
                        info?: string[];
                        /** @default [] */
                        exclude?: string[];
                        via?: string;
                        /** @enum {string} */
                        precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                        classification: string;
                        /** @default [] */
                        captions?: ("EYES ONLY" | "READ-OUT")[];
                        /** @enum {string} */
                        kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                        subject: string;
                        /** @default [] */
                        issues?: string[];
                        conference?: string;
                        inReplyTo?: string;
                        /** @default [] */
                        refs?: string[];
                        body: string;
                        payload?: {
                            /** @constant */
                            type: "mandate-amendment";
                            conference: string;
                            issue: string;
                            dimension?: string;
                            changes: ({
                                /** @constant */
                                op: "set-ladder";
                                ladder: ({
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "more-is-better" | "less-is-better";
                                } | {
                                    id: string;
                                    label: string;
                                })[];
                                authority?: string;
                            } | {
                                /** @constant */
                                op: "insert-step";
                                step: {
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "more-is-better" | "less-is-better";
                                } | {
                                    id: string;
                                    label: string;
                                };
                                after: string;
                            } | {
                                /** @constant */
                                op: "append-step";
                                step: {
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "more-is-better" | "less-is-better";
                                } | {
                                    id: string;
                                    label: string;
                                };
                            } | {
                                /** @constant */
                                op: "release-next";
                            } | {
                                /** @constant */
                                op: "release-to";
                                position: string;
                            } | {
                                /** @constant */
                                op: "withdraw-authority";
                                position?: string;
                            } | {
                                /** @constant */
                                op: "add-red-line";
                                redLine: {
                                    id: string;
                                    description: string;
                                    rule: {
                                        /** @constant */
                                        type: "forbid-positions";
                                        positions: string[];
                                    } | {
                                        /** @constant */
                                        type: "numeric-bound";
                                        bound: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        /** @constant */
                                        type: "participation";
                                        party: string;
                                        issues: (string | "*")[];
                                    } | {
                                        /** @constant */
                                        type: "keep-participation";
                                    } | {
                                        /** @constant */
                                        type: "decision-rule";
                                        forbids: ("unanimity" | "majority" | "two-thirds")[];
                                    };
                                };
                            } | {
                                /** @constant */
                                op: "remove-red-line";
                                id: string;
                            } | {
                                /** @constant */
                                op: "add-linkage";
                                linkage: {
                                    id: string;
                                    description: string;
                                    positions?: string[];
                                    condition: components["schemas"]["Condition"];
                                };
                            } | {
                                /** @constant */
                                op: "remove-linkage";
                                id: string;
                            } | {
                                /** @constant */
                                op: "ratify";
                                report: string;
                                move: number;
                            })[];
                            /** Format: date-time */
                            effectiveAt?: string;
                        } | {
                            /** @constant */
                            type: "moves";
                            conference: string;
                            moves: {
                                issue: string;
                                /** @enum {string} */
                                side: "ours" | "theirs";
                                /** @enum {string} */
                                type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                party?: string;
                                session?: string;
                                position?: string;
                                value?: number;
                                unit?: string;
                                dimensions?: {
                                    dimension: string;
                                    position?: string;
                                    value?: number;
                                    unit?: string;
                                }[];
                                participation?: {
                                    party: string;
                                    issues: (string | "*")[];
                                }[];
                                /** @enum {string} */
                                decisionRule?: "unanimity" | "majority" | "two-thirds";
                                summary: string;
                                /** Format: date-time */
                                occurredAt?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "record";
                            conference: string;
                            session: string;
                            /** @enum {string} */
                            source: "our-note" | "their-memo" | "press" | "verbatim";
                            party: string;
                            title?: string;
                            /** @default [] */
                            participants?: {
                                party: string;
                                /** @default [] */
                                people?: string[];
                                issues?: string[];
                            }[];
                            /** @default [] */
                            agenda?: string[];
                            /** @default [] */
                            entries?: {
                                key?: string;
                                /** @enum {string} */
                                kind: "statement" | "proposal" | "decision";
                                party: string;
                                issue?: string;
                                speaker?: string;
                                at?: string;
                                text: string;
                                position?: string;
                                value?: number;
                                unit?: string;
                                /** @enum {string} */
                                status?: "open" | "agreed" | "deadlocked" | "deferred";
                                decision?: {
                                    procedure: string;
                                    vote?: {
                                        /** @default [] */
                                        for?: string[];
                                        /** @default [] */
                                        against?: string[];
                                        /** @default [] */
                                        abstaining?: string[];
                                    };
                                    /** @enum {string} */
                                    outcome: "adopted" | "rejected" | "deferred";
                                };
                            }[];
                            /** @default [] */
                            promised?: {
                                /** @enum {string} */
                                source: "our-note" | "their-memo" | "press" | "verbatim";
                                party: string;
                                by: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "deadlines";
                            conference: string;
                            deadlines: {
                                id: string;
                                description: string;
                                issue?: string;
                                due: {
                                    /** @constant */
                                    type: "at";
                                    /** Format: date-time */
                                    at: string;
                                } | {
                                    /** @constant */
                                    type: "within";
                                    of: {
                                        /** @constant */
                                        type: "registration";
                                    } | {
                                        /** @constant */
                                        type: "agreement";
                                        issue: string;
                                    };
                                    within: {
                                        months?: number;
                                        days?: number;
                                        hours?: number;
                                        minutes?: number;
                                    };
                                };
                                meets: {
                                    /** @constant */
                                    type: "reply";
                                    /** @enum {string} */
                                    kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                } | {
                                    /** @constant */
                                    type: "cable";
                                    /** @enum {string} */
                                    kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                    issue: string;
                                } | {
                                    /** @constant */
                                    type: "agreement";
                                    issue: string;
                                };
                                actors: string[];
                                notify?: string[];
                                warn?: {
                                    months?: number;
                                    days?: number;
                                    hours?: number;
                                    minutes?: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                                body: string | null;
                                withheld: "READ-OUT" | null;
                                inReplyTo: {
                                    id: string;
                                    number: string;
                                } | null;
                                refs: {
                                    id: string;
                                    number: string;
                                }[];
                                readers: string[];
                                signature: string;
                                /** @description Chain hash: auditors only */
                                hash?: string;
                                /** @description The previous cable's chain hash: auditors only */
                                prevHash?: string;
                                handlingTargetMinutes: number;
                                payload?: ({
                                    /** @constant */
                                    type: "mandate-amendment";
                                    conference: string;
                                    issue: string;
                                    dimension?: string;
                                    changes: ({
                                        /** @constant */
                                        op: "set-ladder";
                                        ladder: ({
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        })[];
                                        authority?: string;
                                    } | {
                                        /** @constant */
                                        op: "insert-step";
                                        step: {
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        };
                                        after: string;
                                    } | {
                                        /** @constant */
                                        op: "append-step";
                                        step: {
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        };
                                    } | {
                                        /** @constant */
                                        op: "release-next";
                                    } | {
                                        /** @constant */
                                        op: "release-to";
                                        position: string;
                                    } | {
                                        /** @constant */
                                        op: "withdraw-authority";
                                        position?: string;
                                    } | {
                                        /** @constant */
                                        op: "add-red-line";
                                        redLine: {
                                            id: string;
                                            description: string;
                                            rule: {
                                                /** @constant */
                                                type: "forbid-positions";
                                                positions: string[];
                                            } | {
                                                /** @constant */
                                                type: "numeric-bound";
                                                bound: number;
                                                unit: string;
                                                /** @enum {string} */
                                                direction: "more-is-better" | "less-is-better";
                                            } | {
                                                /** @constant */
                                                type: "participation";
                                                party: string;
                                                issues: (string | "*")[];
                                            } | {
                                                /** @constant */
                                                type: "keep-participation";
                                            } | {
                                                /** @constant */
                                                type: "decision-rule";
                                                forbids: ("unanimity" | "majority" | "two-thirds")[];
                                            };
                                        };
                                    } | {
                                        /** @constant */
                                        op: "remove-red-line";
                                        id: string;
                                    } | {
                                        /** @constant */
                                        op: "add-linkage";
                                        linkage: {
                                            id: string;
                                            description: string;
                                            positions?: string[];
                                            condition: components["schemas"]["Condition"];
                                        };
                                    } | {
                                        /** @constant */
                                        op: "remove-linkage";
                                        id: string;
                                    } | {
                                        /** @constant */
                                        op: "ratify";
                                        report: string;
                                        move: number;
                                    })[];
                                    /** Format: date-time */
                                    effectiveAt?: string;
                                } | {
                                    /** @constant */
                                    type: "moves";
                                    conference: string;
                                    moves: {
                                        issue: string;
                                        /** @enum {string} */
                                        side: "ours" | "theirs";
                                        /** @enum {string} */
                                        type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                        party?: string;
                                        session?: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        dimensions?: {
                                            dimension: string;
                                            position?: string;
                                            value?: number;
                                            unit?: string;
                                        }[];
                                        participation?: {
                                            party: string;
                                            issues: (string | "*")[];
                                        }[];
                                        /** @enum {string} */
                                        decisionRule?: "unanimity" | "majority" | "two-thirds";
                                        summary: string;
                                        /** Format: date-time */
                                        occurredAt?: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "record";
                                    conference: string;
                                    session: string;
                                    /** @enum {string} */
                                    source: "our-note" | "their-memo" | "press" | "verbatim";
                                    party: string;
                                    title?: string;
                                    /** @default [] */
                                    participants: {
                                        party: string;
                                        /** @default [] */
                                        people: string[];
                                        issues?: string[];
                                    }[];
                                    /** @default [] */
                                    agenda: string[];
                                    /** @default [] */
                                    entries: {
                                        key?: string;
                                        /** @enum {string} */
                                        kind: "statement" | "proposal" | "decision";
                                        party: string;
                                        issue?: string;
                                        speaker?: string;
                                        at?: string;
                                        text: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        /** @enum {string} */
                                        status?: "open" | "agreed" | "deadlocked" | "deferred";
                                        decision?: {
                                            procedure: string;
                                            vote?: {
                                                /** @default [] */
                                                for: string[];
                                                /** @default [] */
                                                against: string[];
                                                /** @default [] */
                                                abstaining: string[];
                                            };
                                            /** @enum {string} */
                                            outcome: "adopted" | "rejected" | "deferred";
                                        };
                                    }[];
                                    /** @default [] */
                                    promised: {
                                        /** @enum {string} */
                                        source: "our-note" | "their-memo" | "press" | "verbatim";
                                        party: string;
                                        by: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "deadlines";
                                    conference: string;
                                    deadlines: {
                                        id: string;
                                        description: string;
                                        issue?: string;
                                        due: {
                                            /** @constant */
                                            type: "at";
                                            /** Format: date-time */
                                            at: string;
                                        } | {
                                            /** @constant */
                                            type: "within";
                                            of: {
                                                /** @constant */
                                                type: "registration";
                                            } | {
                                                /** @constant */
                                                type: "agreement";
                                                issue: string;
                                            };
                                            within: {
                                                months?: number;
                                                days?: number;
                                                hours?: number;
                                                minutes?: number;
                                            };
                                        };
                                        meets: {
                                            /** @constant */
                                            type: "reply";
                                            /** @enum {string} */
                                            kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                        } | {
                                            /** @constant */
                                            type: "cable";
                                            /** @enum {string} */
                                            kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                            issue: string;
                                        } | {
                                            /** @constant */
                                            type: "agreement";
                                            issue: string;
                                        };
                                        actors: string[];
                                        notify?: string[];
                                        warn?: {
                                            months?: number;
                                            days?: number;
                                            hours?: number;
                                            minutes?: number;
                                        }[];
                                    }[];
                                }) | null;
                                moves?: {
                                    idx: number;
                                    move: {
                                        issue: string;
                                        /** @enum {string} */
                                        side: "ours" | "theirs";
                                        /** @enum {string} */
                                        type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                        party?: string;
                                        session?: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                        dimensions?: {
                                            dimension: string;
                                            position?: string;
                                            value?: number;
                                            unit?: string;
                                        }[];
                                        participation?: {
                                            party: string;
                                            issues: (string | "*")[];
                                        }[];
                                        /** @enum {string} */
                                        decisionRule?: "unanimity" | "majority" | "two-thirds";
                                        summary: string;
                                        /** Format: date-time */
                                        occurredAt?: string;
                                    };
                                    verdict: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                        explanation: string;
                                        cites: {
                                            id: string;
                                            number: string;
                                        }[];
                                        original?: {
                                            /** @enum {string} */
                                            verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                            clause: {
                                                /** @enum {string} */
                                                kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                id: string | null;
                                            };
                                            explanation: string;
                                        };
                                        dimension?: string;
                                        dimensions?: {
                                            dimension: string;
                                            verdict: {
                                                /** @enum {string} */
                                                verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                                clause: {
                                                    /** @enum {string} */
                                                    kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                    id: string | null;
                                                };
                                                explanation: string;
                                            };
                                        }[];
                                    } | null;
                                    evaluations: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search with filters, over the cables you may read */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    from?: string;
                    until?: string;
                    author?: string;
                    kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                    issue?: string;
                    conference?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            hits: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                                /** @description Matched terms are marked by U+0002 before and U+0003 after. */
                                snippet: string;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: `cable` for each new cable you may read, `alert` for moves outside the mandate, `deadline` for a deadline's warning or lapse; the stream ends when its session ends (logout, revoked token, expiry, person disabled); at most 8 open per person (429 beyond) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person (login = id) with a new signing key; administrators only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @default  */
                        title?: string;
                        /** @description The post the person sits at; an administrator may be left at the registry’s own post */
                        postId?: string;
                        password: string;
                        /** @default false */
                        isAdmin?: boolean;
                        roles?: ("admin" | "secretariat" | "auditor" | "archivist")[];
                        clearance?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                                title: string;
                                postId: string;
                                login: string;
                                isAdmin: boolean;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/people/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a person: sign-in refused, every session and API token ended, live streams closed; administrators only */
        post: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: string;
                            disabled: boolean;
                            /** @description ISO 8601 UTC; null while enabled */
                            disabledAt: string | null;
                            /** @description the administrator; null while enabled or when the operator disabled */
                            disabledBy: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/people/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled person again (they sign in anew); administrators only */
        post: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: string;
                            disabled: boolean;
                            /** @description ISO 8601 UTC; null while enabled */
                            disabledAt: string | null;
                            /** @description the administrator; null while enabled or when the operator disabled */
                            disabledBy: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/logins/{login}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a login’s lock after wrong passwords, and forget them; administrators only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    login: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            login: string;
                            /** @description the end of the lock that was lifted (ISO 8601 UTC), or null if it was not locked */
                            wasLockedUntil: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a group; administrators only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @default  */
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            group: {
                                id: string;
                                name: string;
                                description: string;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a person a member of the group from now on; administrators only */
        post: {
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
                    "application/json": {
                        person: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            membership: {
                                group: string;
                                person: string;
                                /** @description ISO 8601 UTC, inclusive */
                                from: string;
                                /** @description ISO 8601 UTC, exclusive; null while a member */
                                until: string | null;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/groups/{id}/members/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a person’s membership of the group now (cables already registered keep their readers) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    person: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hash-chained audit log, newest first; administrators only */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    action?: string;
                    family?: "cable" | "cables" | "registry" | "login" | "token" | "password" | "person" | "post" | "series" | "group" | "membership" | "classification" | "conference" | "verdicts";
                    since?: string;
                    until?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                seq: number;
                                /** @description ISO 8601 UTC */
                                at: string;
                                /** @description null for the server or an operator at its console */
                                actor: string | null;
                                /**
                                 * @example login-failed
                                 * @example person.create
                                 * @example membership.end
                                 */
                                action: string;
                                subject: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                prevHash: string;
                                hash: string;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation and conferences as the chain’s setup entries make them; administrators, secretariat, auditors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation: {
                                throughSeq: number;
                                posts: {
                                    [key: string]: {
                                        id: string;
                                        name: string;
                                        place: string;
                                        zone: string;
                                        closedAt: string | null;
                                    };
                                };
                                series: {
                                    [key: string]: {
                                        code: string;
                                        name: string;
                                        fromPost: string;
                                        toPost: string | null;
                                        closedAt: string | null;
                                    };
                                };
                                people: {
                                    [key: string]: {
                                        id: string;
                                        name: string;
                                        title: string;
                                        /** @description posts over time, oldest first */
                                        posts: {
                                            value: string;
                                            from: string;
                                        }[];
                                        keys: {
                                            publicKey: string;
                                            fromSeq: number;
                                        }[];
                                        roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                        clearances: {
                                            value: string;
                                            from: string;
                                        }[];
                                        aliases: string[];
                                        createdAt: string;
                                        endedAt: string | null;
                                    };
                                };
                                groups: {
                                    [key: string]: {
                                        id: string;
                                        name: string;
                                        description: string;
                                    };
                                };
                                memberships: {
                                    group: string;
                                    person: string;
                                    from: string;
                                    until: string | null;
                                }[];
                                classifications: string[];
                                conferences: {
                                    [key: string]: {
                                        id: string;
                                        name: string;
                                        place: string;
                                        startsOn: string;
                                        endsOn: string;
                                        plan: {
                                            ourParty: string;
                                            principals: string[];
                                            /** @default [] */
                                            delegation: string[];
                                            parties: {
                                                id: string;
                                                name: string;
                                                head?: string;
                                            }[];
                                            issues: {
                                                id: string;
                                                title: string;
                                                participants?: string[];
                                                /**
                                                 * @default unanimity
                                                 * @enum {string}
                                                 */
                                                decision: "unanimity" | "majority" | "two-thirds";
                                                dimensions?: {
                                                    id: string;
                                                    title: string;
                                                }[];
                                            }[];
                                            /** @default [] */
                                            sessions: {
                                                id: string;
                                                date: string;
                                                place: string;
                                                participants: string[];
                                                agenda: string[];
                                            }[];
                                        } | null;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record changes to the organisation or a conference as one signed setup entry, all or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changes: ({
                            /** @constant */
                            op: "post.create";
                            id: string;
                            name: string;
                            place: string;
                            zone: string;
                        } | {
                            /** @constant */
                            op: "post.change";
                            id: string;
                            name?: string;
                            place?: string;
                            zone?: string;
                        } | {
                            /** @constant */
                            op: "post.close";
                            id: string;
                            at?: string;
                        } | {
                            /** @constant */
                            op: "series.create";
                            code: string;
                            name: string;
                            fromPost: string;
                            toPost: string | null;
                        } | {
                            /** @constant */
                            op: "series.close";
                            code: string;
                            at?: string;
                        } | {
                            /** @constant */
                            op: "person.create";
                            id: string;
                            name: string;
                            title?: string;
                            post: string;
                            publicKey?: string;
                            roles?: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            clearance?: string;
                            at?: string;
                        } | {
                            /** @constant */
                            op: "person.change";
                            id: string;
                            name?: string;
                            title?: string;
                        } | {
                            /** @constant */
                            op: "person.move";
                            id: string;
                            post: string;
                            from?: string;
                        } | {
                            /** @constant */
                            op: "person.key";
                            id: string;
                            publicKey?: string;
                        } | {
                            /** @constant */
                            op: "person.roles";
                            id: string;
                            roles?: ("admin" | "secretariat" | "auditor" | "archivist")[];
                        } | {
                            /** @constant */
                            op: "person.clearance";
                            id: string;
                            level: string;
                            from?: string;
                        } | {
                            /** @constant */
                            op: "person.alias";
                            id: string;
                            alias: string;
                        } | {
                            /** @constant */
                            op: "person.end";
                            id: string;
                            at?: string;
                        } | {
                            /** @constant */
                            op: "group.create";
                            id: string;
                            name: string;
                            description: string;
                        } | {
                            /** @constant */
                            op: "group.change";
                            id: string;
                            name?: string;
                            description?: string;
                        } | {
                            /** @constant */
                            op: "membership.start";
                            group: string;
                            person: string;
                            from?: string;
                        } | {
                            /** @constant */
                            op: "membership.end";
                            group: string;
                            person: string;
                            until?: string;
                        } | {
                            /** @constant */
                            op: "classification.set";
                            levels: string[];
                        } | {
                            /** @constant */
                            op: "conference.create";
                            id: string;
                            name: string;
                            place: string;
                            startsOn: string;
                            endsOn: string;
                        } | {
                            /** @constant */
                            op: "conference.change";
                            id: string;
                            name?: string;
                            place?: string;
                            startsOn?: string;
                            endsOn?: string;
                        } | {
                            /** @constant */
                            op: "conference.plan";
                            id: string;
                            plan: {
                                ourParty: string;
                                principals: string[];
                                /** @default [] */
                                delegation?: string[];
                                parties: {
                                    id: string;
                                    name: string;
                                    head?: string;
                                }[];
                                issues: {
                                    id: string;
                                    title: string;
                                    participants?: string[];
                                    /**
                                     * @default unanimity
                                     * @enum {string}
                                     */
                                    decision?: "unanimity" | "majority" | "two-thirds";
                                    dimensions?: {
                                        id: string;
                                        title: string;
                                    }[];
                                }[];
                                /** @default [] */
                                sessions?: {
                                    id: string;
                                    date: string;
                                    place: string;
                                    participants: string[];
                                    agenda: string[];
                                }[];
                            };
                        })[];
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null for a dry run or nothing to change */
                            entry: {
                                id: string;
                                number: string;
                            } | null;
                            /** @description the changes as signed, with what the registry filled in */
                            changes: ({
                                /** @constant */
                                op: "post.create";
                                id: string;
                                name: string;
                                place: string;
                                zone: string;
                            } | {
                                /** @constant */
                                op: "post.change";
                                id: string;
                                name?: string;
                                place?: string;
                                zone?: string;
                            } | {
                                /** @constant */
                                op: "post.close";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "series.create";
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost: string | null;
                            } | {
                                /** @constant */
                                op: "series.close";
                                code: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.create";
                                id: string;
                                name: string;
                                title: string;
                                post: string;
                                publicKey: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                clearance: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.change";
                                id: string;
                                name?: string;
                                title?: string;
                            } | {
                                /** @constant */
                                op: "person.move";
                                id: string;
                                post: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.key";
                                id: string;
                                publicKey: string;
                            } | {
                                /** @constant */
                                op: "person.roles";
                                id: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            } | {
                                /** @constant */
                                op: "person.clearance";
                                id: string;
                                level: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.alias";
                                id: string;
                                alias: string;
                            } | {
                                /** @constant */
                                op: "person.end";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "group.create";
                                id: string;
                                name: string;
                                description: string;
                            } | {
                                /** @constant */
                                op: "group.change";
                                id: string;
                                name?: string;
                                description?: string;
                            } | {
                                /** @constant */
                                op: "membership.start";
                                group: string;
                                person: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "membership.end";
                                group: string;
                                person: string;
                                until: string;
                            } | {
                                /** @constant */
                                op: "classification.set";
                                levels: string[];
                            } | {
                                /** @constant */
                                op: "conference.create";
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                            } | {
                                /** @constant */
                                op: "conference.change";
                                id: string;
                                name?: string;
                                place?: string;
                                startsOn?: string;
                                endsOn?: string;
                            } | {
                                /** @constant */
                                op: "conference.plan";
                                id: string;
                                plan: {
                                    ourParty: string;
                                    principals: string[];
                                    /** @default [] */
                                    delegation: string[];
                                    parties: {
                                        id: string;
                                        name: string;
                                        head?: string;
                                    }[];
                                    issues: {
                                        id: string;
                                        title: string;
                                        participants?: string[];
                                        /**
                                         * @default unanimity
                                         * @enum {string}
                                         */
                                        decision: "unanimity" | "majority" | "two-thirds";
                                        dimensions?: {
                                            id: string;
                                            title: string;
                                        }[];
                                    }[];
                                    /** @default [] */
                                    sessions: {
                                        id: string;
                                        date: string;
                                        place: string;
                                        participants: string[];
                                        agenda: string[];
                                    }[];
                                };
                            })[];
                        };
                    };
                };
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null for a dry run or nothing to change */
                            entry: {
                                id: string;
                                number: string;
                            } | null;
                            /** @description the changes as signed, with what the registry filled in */
                            changes: ({
                                /** @constant */
                                op: "post.create";
                                id: string;
                                name: string;
                                place: string;
                                zone: string;
                            } | {
                                /** @constant */
                                op: "post.change";
                                id: string;
                                name?: string;
                                place?: string;
                                zone?: string;
                            } | {
                                /** @constant */
                                op: "post.close";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "series.create";
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost: string | null;
                            } | {
                                /** @constant */
                                op: "series.close";
                                code: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.create";
                                id: string;
                                name: string;
                                title: string;
                                post: string;
                                publicKey: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                clearance: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.change";
                                id: string;
                                name?: string;
                                title?: string;
                            } | {
                                /** @constant */
                                op: "person.move";
                                id: string;
                                post: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.key";
                                id: string;
                                publicKey: string;
                            } | {
                                /** @constant */
                                op: "person.roles";
                                id: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            } | {
                                /** @constant */
                                op: "person.clearance";
                                id: string;
                                level: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.alias";
                                id: string;
                                alias: string;
                            } | {
                                /** @constant */
                                op: "person.end";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "group.create";
                                id: string;
                                name: string;
                                description: string;
                            } | {
                                /** @constant */
                                op: "group.change";
                                id: string;
                                name?: string;
                                description?: string;
                            } | {
                                /** @constant */
                                op: "membership.start";
                                group: string;
                                person: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "membership.end";
                                group: string;
                                person: string;
                                until: string;
                            } | {
                                /** @constant */
                                op: "classification.set";
                                levels: string[];
                            } | {
                                /** @constant */
                                op: "conference.create";
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                            } | {
                                /** @constant */
                                op: "conference.change";
                                id: string;
                                name?: string;
                                place?: string;
                                startsOn?: string;
                                endsOn?: string;
                            } | {
                                /** @constant */
                                op: "conference.plan";
                                id: string;
                                plan: {
                                    ourParty: string;
                                    principals: string[];
                                    /** @default [] */
                                    delegation: string[];
                                    parties: {
                                        id: string;
                                        name: string;
                                        head?: string;
                                    }[];
                                    issues: {
                                        id: string;
                                        title: string;
                                        participants?: string[];
                                        /**
                                         * @default unanimity
                                         * @enum {string}
                                         */
                                        decision: "unanimity" | "majority" | "two-thirds";
                                        dimensions?: {
                                            id: string;
                                            title: string;
                                        }[];
                                    }[];
                                    /** @default [] */
                                    sessions: {
                                        id: string;
                                        date: string;
                                        place: string;
                                        participants: string[];
                                        agenda: string[];
                                    }[];
                                };
                            })[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/setup/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the organisation and conferences what a setup document says: records the difference as one entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        document: {
                            classifications?: string[];
                            /** @default [] */
                            posts?: {
                                id: string;
                                name: string;
                                /** @default  */
                                place?: string;
                                /** @default UTC */
                                zone?: string;
                            }[];
                            /** @default [] */
                            series?: {
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost?: string;
                            }[];
                            /** @default [] */
                            people?: {
                                id: string;
                                name: string;
                                /** @default  */
                                title?: string;
                                post: string;
                                /** @default [] */
                                moves?: {
                                    post: string;
                                    from: string;
                                }[];
                                /** @default [] */
                                roles?: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                clearance?: string;
                                /** @default [] */
                                aliases?: string[];
                            }[];
                            /** @default [] */
                            groups?: {
                                id: string;
                                name: string;
                                /** @default  */
                                description?: string;
                                /** @default [] */
                                members?: {
                                    person: string;
                                    from?: string;
                                    until?: string;
                                }[];
                            }[];
                            /** @default [] */
                            conferences?: {
                                id: string;
                                name: string;
                                /** @default  */
                                place?: string;
                                startsOn: string;
                                endsOn: string;
                                plan?: {
                                    ourParty: string;
                                    principals: string[];
                                    /** @default [] */
                                    delegation?: string[];
                                    parties: {
                                        id: string;
                                        name: string;
                                        head?: string;
                                    }[];
                                    issues: {
                                        id: string;
                                        title: string;
                                        participants?: string[];
                                        /**
                                         * @default unanimity
                                         * @enum {string}
                                         */
                                        decision?: "unanimity" | "majority" | "two-thirds";
                                        dimensions?: {
                                            id: string;
                                            title: string;
                                        }[];
                                    }[];
                                    /** @default [] */
                                    sessions?: {
                                        id: string;
                                        date: string;
                                        place: string;
                                        participants: string[];
                                        agenda: string[];
                                    }[];
                                };
                            }[];
                        };
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null for a dry run or nothing to change */
                            entry: {
                                id: string;
                                number: string;
                            } | null;
                            /** @description the changes as signed, with what the registry filled in */
                            changes: ({
                                /** @constant */
                                op: "post.create";
                                id: string;
                                name: string;
                                place: string;
                                zone: string;
                            } | {
                                /** @constant */
                                op: "post.change";
                                id: string;
                                name?: string;
                                place?: string;
                                zone?: string;
                            } | {
                                /** @constant */
                                op: "post.close";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "series.create";
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost: string | null;
                            } | {
                                /** @constant */
                                op: "series.close";
                                code: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.create";
                                id: string;
                                name: string;
                                title: string;
                                post: string;
                                publicKey: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                clearance: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.change";
                                id: string;
                                name?: string;
                                title?: string;
                            } | {
                                /** @constant */
                                op: "person.move";
                                id: string;
                                post: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.key";
                                id: string;
                                publicKey: string;
                            } | {
                                /** @constant */
                                op: "person.roles";
                                id: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            } | {
                                /** @constant */
                                op: "person.clearance";
                                id: string;
                                level: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.alias";
                                id: string;
                                alias: string;
                            } | {
                                /** @constant */
                                op: "person.end";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "group.create";
                                id: string;
                                name: string;
                                description: string;
                            } | {
                                /** @constant */
                                op: "group.change";
                                id: string;
                                name?: string;
                                description?: string;
                            } | {
                                /** @constant */
                                op: "membership.start";
                                group: string;
                                person: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "membership.end";
                                group: string;
                                person: string;
                                until: string;
                            } | {
                                /** @constant */
                                op: "classification.set";
                                levels: string[];
                            } | {
                                /** @constant */
                                op: "conference.create";
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                            } | {
                                /** @constant */
                                op: "conference.change";
                                id: string;
                                name?: string;
                                place?: string;
                                startsOn?: string;
                                endsOn?: string;
                            } | {
                                /** @constant */
                                op: "conference.plan";
                                id: string;
                                plan: {
                                    ourParty: string;
                                    principals: string[];
                                    /** @default [] */
                                    delegation: string[];
                                    parties: {
                                        id: string;
                                        name: string;
                                        head?: string;
                                    }[];
                                    issues: {
                                        id: string;
                                        title: string;
                                        participants?: string[];
                                        /**
                                         * @default unanimity
                                         * @enum {string}
                                         */
                                        decision: "unanimity" | "majority" | "two-thirds";
                                        dimensions?: {
                                            id: string;
                                            title: string;
                                        }[];
                                    }[];
                                    /** @default [] */
                                    sessions: {
                                        id: string;
                                        date: string;
                                        place: string;
                                        participants: string[];
                                        agenda: string[];
                                    }[];
                                };
                            })[];
                        };
                    };
                };
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null for a dry run or nothing to change */
                            entry: {
                                id: string;
                                number: string;
                            } | null;
                            /** @description the changes as signed, with what the registry filled in */
                            changes: ({
                                /** @constant */
                                op: "post.create";
                                id: string;
                                name: string;
                                place: string;
                                zone: string;
                            } | {
                                /** @constant */
                                op: "post.change";
                                id: string;
                                name?: string;
                                place?: string;
                                zone?: string;
                            } | {
                                /** @constant */
                                op: "post.close";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "series.create";
                                code: string;
                                name: string;
                                fromPost: string;
                                toPost: string | null;
                            } | {
                                /** @constant */
                                op: "series.close";
                                code: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.create";
                                id: string;
                                name: string;
                                title: string;
                                post: string;
                                publicKey: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                                clearance: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "person.change";
                                id: string;
                                name?: string;
                                title?: string;
                            } | {
                                /** @constant */
                                op: "person.move";
                                id: string;
                                post: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.key";
                                id: string;
                                publicKey: string;
                            } | {
                                /** @constant */
                                op: "person.roles";
                                id: string;
                                roles: ("admin" | "secretariat" | "auditor" | "archivist")[];
                            } | {
                                /** @constant */
                                op: "person.clearance";
                                id: string;
                                level: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "person.alias";
                                id: string;
                                alias: string;
                            } | {
                                /** @constant */
                                op: "person.end";
                                id: string;
                                at: string;
                            } | {
                                /** @constant */
                                op: "group.create";
                                id: string;
                                name: string;
                                description: string;
                            } | {
                                /** @constant */
                                op: "group.change";
                                id: string;
                                name?: string;
                                description?: string;
                            } | {
                                /** @constant */
                                op: "membership.start";
                                group: string;
                                person: string;
                                from: string;
                            } | {
                                /** @constant */
                                op: "membership.end";
                                group: string;
                                person: string;
                                until: string;
                            } | {
                                /** @constant */
                                op: "classification.set";
                                levels: string[];
                            } | {
                                /** @constant */
                                op: "conference.create";
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                            } | {
                                /** @constant */
                                op: "conference.change";
                                id: string;
                                name?: string;
                                place?: string;
                                startsOn?: string;
                                endsOn?: string;
                            } | {
                                /** @constant */
                                op: "conference.plan";
                                id: string;
                                plan: {
                                    ourParty: string;
                                    principals: string[];
                                    /** @default [] */
                                    delegation: string[];
                                    parties: {
                                        id: string;
                                        name: string;
                                        head?: string;
                                    }[];
                                    issues: {
                                        id: string;
                                        title: string;
                                        participants?: string[];
                                        /**
                                         * @default unanimity
                                         * @enum {string}
                                         */
                                        decision: "unanimity" | "majority" | "two-thirds";
                                        dimensions?: {
                                            id: string;
                                            title: string;
                                        }[];
                                    }[];
                                    /** @default [] */
                                    sessions: {
                                        id: string;
                                        date: string;
                                        place: string;
                                        participants: string[];
                                        agenda: string[];
                                    }[];
                                };
                            })[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/admin/people/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a person’s password (their first, or a reset); administrators only */
        post: {
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
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your export, as JSON Lines (application/x-ndjson): one cable view a line for each cable you may read, in registry order; a READ-OUT cable is listed with `body: null` and `withheld: "READ-OUT"` */
        get: {
            parameters: {
                query?: {
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A verifiable bundle (JSON, `plenipo-bundle/1`) of one cable, a thread, or an issue, a conference or a period, among the cables you may read: each cable as registered, its inclusion proof in a Merkle tree over the chain, its author's keys as the chain pinned them, the registry head and the tree head signed by the server key. `plenipo verify-bundle` checks it offline; a cable you may not read is answered as a missing one */
        get: {
            parameters: {
                query?: {
                    cable?: string;
                    thread?: string;
                    issue?: string;
                    conference?: string;
                    from?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/dossier.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable PDF of one cable, a thread, or an issue, a conference or a period, among the cables you may read: classification banners at the top and bottom of every page, registry number, addressing (with "not to"), precedence, the text, the verdicts on its moves as you see them, whether its signature holds, and the signed registry head that covers it. A READ-OUT cable is listed, its text never printed; a cable you may not read is answered as a missing one */
        get: {
            parameters: {
                query?: {
                    cable?: string;
                    thread?: string;
                    issue?: string;
                    conference?: string;
                    from?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release cables (named, a thread, a series or a period) to people, a group or the public from a date, with redactions; archivists only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scope: {
                            cables?: string[];
                            thread?: string;
                            series?: string;
                            period?: {
                                from: string;
                                until: string;
                            };
                            conference?: string;
                        };
                        audience: {
                            /** @default false */
                            public?: boolean;
                            /** @default [] */
                            people?: string[];
                            /** @default [] */
                            groups?: string[];
                        };
                        from: string;
                        /** @default [] */
                        redactions?: {
                            cable: string;
                            start?: number;
                            end?: number;
                            passage?: string;
                            reason: string;
                        }[];
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Registry number of the release entry (a REG/… series) */
                            entry: string;
                            cables?: number;
                            readers?: string[];
                            release?: string;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/releases/{ref}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a release from a date: another signed entry; archivists only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Registry number of the release entry (a REG/… series) */
                            entry: string;
                            cables?: number;
                            readers?: string[];
                            release?: string;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/released/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A released cable as the releases in force show it to the caller (without a session: to the public), struck passages as marked gaps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            registeredAt: string;
                            author: string;
                            to: string[];
                            precedence: string;
                            classification: string;
                            captions: string[];
                            kind: string;
                            subject: string;
                            issues: string[];
                            conference: string | null;
                            body: string | null;
                            parts: ({
                                text: string;
                            } | {
                                gap: {
                                    reason: string;
                                };
                            })[];
                            redactions: {
                                start: number;
                                end: number;
                                reason: string;
                                hash: string;
                            }[];
                            withheld: "READ-OUT" | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/export.tei": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TEI P5 (application/tei+xml) of what the caller may read (without a session: what is released to the public, redacted): one TEI for `cable`, else a teiCorpus */
        get: {
            parameters: {
                query?: {
                    cable?: string;
                    conference?: string;
                    from?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/registry/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry head the server signed last (auditors only: its position counts every cable): keep a copy outside the server, and check the registry against it later with plenipo verify --head */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                            hash: string;
                            /** Format: date-time */
                            signedAt: string;
                            publicKey: string;
                            signature: string;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/registry/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hash-chained audit log, newest first, by actor, action or action family and time, a page at a time; auditors only (an administrator is one) */
        get: {
            parameters: {
                query?: {
                    actor?: string;
                    action?: string;
                    family?: "cable" | "cables" | "registry" | "login" | "token" | "password" | "person" | "post" | "series" | "group" | "membership" | "classification" | "conference" | "verdicts";
                    since?: string;
                    until?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                seq: number;
                                /** @description ISO 8601 UTC */
                                at: string;
                                /** @description null for the server or an operator at its console */
                                actor: string | null;
                                /**
                                 * @example login-failed
                                 * @example person.create
                                 * @example membership.end
                                 */
                                action: string;
                                subject: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                prevHash: string;
                                hash: string;
                            }[];
                            /** @description Pass as `before` for the page after this one; null on the last page */
                            next: number | null;
                            /** @description The action families one may filter by */
                            families: ("cable" | "cables" | "registry" | "login" | "token" | "password" | "person" | "post" | "series" | "group" | "membership" | "classification" | "conference" | "verdicts")[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/registry/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest verification started on this server and its progress (null before the first); auditors only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verification: {
                                /**
                                 * @description held: every cable and table holds; broken: stopped at the first that does not
                                 * @enum {string}
                                 */
                                state: "running" | "held" | "broken" | "failed";
                                startedBy: string;
                                /** @description ISO 8601 UTC */
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description Cables verified so far */
                                checked: number;
                                total: number;
                                fault: {
                                    seq: number;
                                    number: string;
                                    /** @enum {string} */
                                    fault: "out-of-order" | "broken-link" | "hash-mismatch" | "bad-signature" | "readers-mismatch" | "setup-invalid" | "projection-mismatch" | "unanchored" | "unreadable";
                                    message: string;
                                } | null;
                                /** @description Why a failed run could not finish */
                                problem: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start verifying the whole registry (chain, signatures, readers, the tables it makes), or see the run already under way; auditors only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verification: {
                                /**
                                 * @description held: every cable and table holds; broken: stopped at the first that does not
                                 * @enum {string}
                                 */
                                state: "running" | "held" | "broken" | "failed";
                                startedBy: string;
                                /** @description ISO 8601 UTC */
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description Cables verified so far */
                                checked: number;
                                total: number;
                                fault: {
                                    seq: number;
                                    number: string;
                                    /** @enum {string} */
                                    fault: "out-of-order" | "broken-link" | "hash-mismatch" | "bad-signature" | "readers-mismatch" | "setup-invalid" | "projection-mismatch" | "unanchored" | "unreadable";
                                    message: string;
                                } | null;
                                /** @description Why a failed run could not finish */
                                problem: string | null;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conferences with their plans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conferences: {
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                                endsOn: string;
                                plan: unknown | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every issue with its mandate in force now or `at`, from the directives you may read */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            plan: {
                                ourParty: string;
                                principals: string[];
                                /** @default [] */
                                delegation: string[];
                                parties: {
                                    id: string;
                                    name: string;
                                    head?: string;
                                }[];
                                issues: {
                                    id: string;
                                    title: string;
                                    participants?: string[];
                                    /**
                                     * @default unanimity
                                     * @enum {string}
                                     */
                                    decision: "unanimity" | "majority" | "two-thirds";
                                    dimensions?: {
                                        id: string;
                                        title: string;
                                    }[];
                                }[];
                                /** @default [] */
                                sessions: {
                                    id: string;
                                    date: string;
                                    place: string;
                                    participants: string[];
                                    agenda: string[];
                                }[];
                            };
                            mandates: {
                                issue: {
                                    id: string;
                                    title: string;
                                    participants?: string[];
                                    /**
                                     * @default unanimity
                                     * @enum {string}
                                     */
                                    decision: "unanimity" | "majority" | "two-thirds";
                                    dimensions?: {
                                        id: string;
                                        title: string;
                                    }[];
                                };
                                mandate: {
                                    issue: string;
                                    dimension?: string;
                                    ladder: ({
                                        id: string;
                                        label: string;
                                        min: number;
                                        max: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        id: string;
                                        label: string;
                                    })[];
                                    authority: number;
                                    ladderFrom: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    authorityFrom: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    redLines: {
                                        clause: {
                                            id: string;
                                            description: string;
                                            rule: {
                                                /** @constant */
                                                type: "forbid-positions";
                                                positions: string[];
                                            } | {
                                                /** @constant */
                                                type: "numeric-bound";
                                                bound: number;
                                                unit: string;
                                                /** @enum {string} */
                                                direction: "more-is-better" | "less-is-better";
                                            } | {
                                                /** @constant */
                                                type: "participation";
                                                party: string;
                                                issues: (string | "*")[];
                                            } | {
                                                /** @constant */
                                                type: "keep-participation";
                                            } | {
                                                /** @constant */
                                                type: "decision-rule";
                                                forbids: ("unanimity" | "majority" | "two-thirds")[];
                                            };
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                    }[];
                                    linkages: {
                                        clause: {
                                            id: string;
                                            description: string;
                                            positions?: string[];
                                            condition: components["schemas"]["Condition"];
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                    }[];
                                    directives: {
                                        id: string;
                                        number: string;
                                    }[];
                                } | null;
                                dimensions: {
                                    dimension: {
                                        id: string;
                                        title: string;
                                    };
                                    mandate: {
                                        issue: string;
                                        dimension?: string;
                                        ladder: ({
                                            id: string;
                                            label: string;
                                            min: number;
                                            max: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            id: string;
                                            label: string;
                                        })[];
                                        authority: number;
                                        ladderFrom: {
                                            id: string;
                                            number: string;
                                        } | null;
                                        authorityFrom: {
                                            id: string;
                                            number: string;
                                        } | null;
                                        redLines: {
                                            clause: {
                                                id: string;
                                                description: string;
                                                rule: {
                                                    /** @constant */
                                                    type: "forbid-positions";
                                                    positions: string[];
                                                } | {
                                                    /** @constant */
                                                    type: "numeric-bound";
                                                    bound: number;
                                                    unit: string;
                                                    /** @enum {string} */
                                                    direction: "more-is-better" | "less-is-better";
                                                } | {
                                                    /** @constant */
                                                    type: "participation";
                                                    party: string;
                                                    issues: (string | "*")[];
                                                } | {
                                                    /** @constant */
                                                    type: "keep-participation";
                                                } | {
                                                    /** @constant */
                                                    type: "decision-rule";
                                                    forbids: ("unanimity" | "majority" | "two-thirds")[];
                                                };
                                            };
                                            directive: {
                                                id: string;
                                                number: string;
                                            } | null;
                                        }[];
                                        linkages: {
                                            clause: {
                                                id: string;
                                                description: string;
                                                positions?: string[];
                                                condition: components["schemas"]["Condition"];
                                            };
                                            directive: {
                                                id: string;
                                                number: string;
                                            } | null;
                                        }[];
                                        directives: {
                                            id: string;
                                            number: string;
                                        }[];
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/mandates/{issue}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One issue's mandate now or `at`, with its history of directives */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    conference: string;
                    issue: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            issue: {
                                id: string;
                                title: string;
                                participants?: string[];
                                /**
                                 * @default unanimity
                                 * @enum {string}
                                 */
                                decision: "unanimity" | "majority" | "two-thirds";
                                dimensions?: {
                                    id: string;
                                    title: string;
                                }[];
                            };
                            mandate: {
                                issue: string;
                                dimension?: string;
                                ladder: ({
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "more-is-better" | "less-is-better";
                                } | {
                                    id: string;
                                    label: string;
                                })[];
                                authority: number;
                                ladderFrom: {
                                    id: string;
                                    number: string;
                                } | null;
                                authorityFrom: {
                                    id: string;
                                    number: string;
                                } | null;
                                redLines: {
                                    clause: {
                                        id: string;
                                        description: string;
                                        rule: {
                                            /** @constant */
                                            type: "forbid-positions";
                                            positions: string[];
                                        } | {
                                            /** @constant */
                                            type: "numeric-bound";
                                            bound: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            /** @constant */
                                            type: "participation";
                                            party: string;
                                            issues: (string | "*")[];
                                        } | {
                                            /** @constant */
                                            type: "keep-participation";
                                        } | {
                                            /** @constant */
                                            type: "decision-rule";
                                            forbids: ("unanimity" | "majority" | "two-thirds")[];
                                        };
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                }[];
                                linkages: {
                                    clause: {
                                        id: string;
                                        description: string;
                                        positions?: string[];
                                        condition: components["schemas"]["Condition"];
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                }[];
                                directives: {
                                    id: string;
                                    number: string;
                                }[];
                            } | null;
                            dimensions: {
                                dimension: {
                                    id: string;
                                    title: string;
                                };
                                mandate: {
                                    issue: string;
                                    dimension?: string;
                                    ladder: ({
                                        id: string;
                                        label: string;
                                        min: number;
                                        max: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        id: string;
                                        label: string;
                                    })[];
                                    authority: number;
                                    ladderFrom: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    authorityFrom: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    redLines: {
                                        clause: {
                                            id: string;
                                            description: string;
                                            rule: {
                                                /** @constant */
                                                type: "forbid-positions";
                                                positions: string[];
                                            } | {
                                                /** @constant */
                                                type: "numeric-bound";
                                                bound: number;
                                                unit: string;
                                                /** @enum {string} */
                                                direction: "more-is-better" | "less-is-better";
                                            } | {
                                                /** @constant */
                                                type: "participation";
                                                party: string;
                                                issues: (string | "*")[];
                                            } | {
                                                /** @constant */
                                                type: "keep-participation";
                                            } | {
                                                /** @constant */
                                                type: "decision-rule";
                                                forbids: ("unanimity" | "majority" | "two-thirds")[];
                                            };
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                    }[];
                                    linkages: {
                                        clause: {
                                            id: string;
                                            description: string;
                                            positions?: string[];
                                            condition: components["schemas"]["Condition"];
                                        };
                                        directive: {
                                            id: string;
                                            number: string;
                                        } | null;
                                    }[];
                                    directives: {
                                        id: string;
                                        number: string;
                                    }[];
                                } | null;
                            }[];
                            history: {
                                directive: {
                                    id: string;
                                    number: string;
                                };
                                registeredAt: string;
                                effectiveAt: string;
                                dimension?: string;
                                changes: ({
                                    /** @constant */
                                    op: "set-ladder";
                                    ladder: ({
                                        id: string;
                                        label: string;
                                        min: number;
                                        max: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        id: string;
                                        label: string;
                                    })[];
                                    authority?: string;
                                } | {
                                    /** @constant */
                                    op: "insert-step";
                                    step: {
                                        id: string;
                                        label: string;
                                        min: number;
                                        max: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        id: string;
                                        label: string;
                                    };
                                    after: string;
                                } | {
                                    /** @constant */
                                    op: "append-step";
                                    step: {
                                        id: string;
                                        label: string;
                                        min: number;
                                        max: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "more-is-better" | "less-is-better";
                                    } | {
                                        id: string;
                                        label: string;
                                    };
                                } | {
                                    /** @constant */
                                    op: "release-next";
                                } | {
                                    /** @constant */
                                    op: "release-to";
                                    position: string;
                                } | {
                                    /** @constant */
                                    op: "withdraw-authority";
                                    position?: string;
                                } | {
                                    /** @constant */
                                    op: "add-red-line";
                                    redLine: {
                                        id: string;
                                        description: string;
                                        rule: {
                                            /** @constant */
                                            type: "forbid-positions";
                                            positions: string[];
                                        } | {
                                            /** @constant */
                                            type: "numeric-bound";
                                            bound: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            /** @constant */
                                            type: "participation";
                                            party: string;
                                            issues: (string | "*")[];
                                        } | {
                                            /** @constant */
                                            type: "keep-participation";
                                        } | {
                                            /** @constant */
                                            type: "decision-rule";
                                            forbids: ("unanimity" | "majority" | "two-thirds")[];
                                        };
                                    };
                                } | {
                                    /** @constant */
                                    op: "remove-red-line";
                                    id: string;
                                } | {
                                    /** @constant */
                                    op: "add-linkage";
                                    linkage: {
                                        id: string;
                                        description: string;
                                        positions?: string[];
                                        condition: components["schemas"]["Condition"];
                                    };
                                } | {
                                    /** @constant */
                                    op: "remove-linkage";
                                    id: string;
                                } | {
                                    /** @constant */
                                    op: "ratify";
                                    report: string;
                                    move: number;
                                })[];
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every move reported in cables you may read, with its current verdict */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moves: {
                                report: {
                                    id: string;
                                    number: string;
                                };
                                registeredAt: string;
                                idx: number;
                                move: {
                                    issue: string;
                                    /** @enum {string} */
                                    side: "ours" | "theirs";
                                    /** @enum {string} */
                                    type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                                    party?: string;
                                    session?: string;
                                    position?: string;
                                    value?: number;
                                    unit?: string;
                                    dimensions?: {
                                        dimension: string;
                                        position?: string;
                                        value?: number;
                                        unit?: string;
                                    }[];
                                    participation?: {
                                        party: string;
                                        issues: (string | "*")[];
                                    }[];
                                    /** @enum {string} */
                                    decisionRule?: "unanimity" | "majority" | "two-thirds";
                                    summary: string;
                                    /** Format: date-time */
                                    occurredAt?: string;
                                };
                                verdict: {
                                    /** @enum {string} */
                                    verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                    clause: {
                                        /** @enum {string} */
                                        kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                        id: string | null;
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    explanation: string;
                                    cites: {
                                        id: string;
                                        number: string;
                                    }[];
                                    original?: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        explanation: string;
                                    };
                                    dimension?: string;
                                    dimensions?: {
                                        dimension: string;
                                        verdict: {
                                            /** @enum {string} */
                                            verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                            clause: {
                                                /** @enum {string} */
                                                kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                id: string | null;
                                            };
                                            explanation: string;
                                        };
                                    }[];
                                } | null;
                                evaluations: number;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What if: the verdict a move of ours would get now, without reporting it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        move: {
                            issue: string;
                            /** @enum {string} */
                            type: "proposal" | "concession" | "acceptance" | "rejection" | "agreement";
                            party?: string;
                            session?: string;
                            position?: string;
                            value?: number;
                            unit?: string;
                            dimensions?: {
                                dimension: string;
                                position?: string;
                                value?: number;
                                unit?: string;
                            }[];
                            participation?: {
                                party: string;
                                issues: (string | "*")[];
                            }[];
                            /** @enum {string} */
                            decisionRule?: "unanimity" | "majority" | "two-thirds";
                            summary: string;
                            /** Format: date-time */
                            occurredAt?: string;
                            /** @constant */
                            side?: "ours";
                        };
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verdict: {
                                /** @enum {string} */
                                verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                clause: {
                                    /** @enum {string} */
                                    kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                    id: string | null;
                                };
                                directive: {
                                    id: string;
                                    number: string;
                                } | null;
                                explanation: string;
                                cites: {
                                    id: string;
                                    number: string;
                                }[];
                                original?: {
                                    /** @enum {string} */
                                    verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                    clause: {
                                        /** @enum {string} */
                                        kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                        id: string | null;
                                    };
                                    explanation: string;
                                };
                                dimension?: string;
                                dimensions?: {
                                    dimension: string;
                                    verdict: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        explanation: string;
                                    };
                                }[];
                            };
                            mandate: {
                                issue: string;
                                dimension?: string;
                                ladder: ({
                                    id: string;
                                    label: string;
                                    min: number;
                                    max: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "more-is-better" | "less-is-better";
                                } | {
                                    id: string;
                                    label: string;
                                })[];
                                authority: number;
                                ladderFrom: {
                                    id: string;
                                    number: string;
                                } | null;
                                authorityFrom: {
                                    id: string;
                                    number: string;
                                } | null;
                                redLines: {
                                    clause: {
                                        id: string;
                                        description: string;
                                        rule: {
                                            /** @constant */
                                            type: "forbid-positions";
                                            positions: string[];
                                        } | {
                                            /** @constant */
                                            type: "numeric-bound";
                                            bound: number;
                                            unit: string;
                                            /** @enum {string} */
                                            direction: "more-is-better" | "less-is-better";
                                        } | {
                                            /** @constant */
                                            type: "participation";
                                            party: string;
                                            issues: (string | "*")[];
                                        } | {
                                            /** @constant */
                                            type: "keep-participation";
                                        } | {
                                            /** @constant */
                                            type: "decision-rule";
                                            forbids: ("unanimity" | "majority" | "two-thirds")[];
                                        };
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                }[];
                                linkages: {
                                    clause: {
                                        id: string;
                                        description: string;
                                        positions?: string[];
                                        condition: components["schemas"]["Condition"];
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                }[];
                                directives: {
                                    id: string;
                                    number: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/reevaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-evaluate every verdict against all directives known now (principals only); returns what changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: {
                                report: {
                                    id: string;
                                    number: string;
                                } | null;
                                idx: number;
                                was: {
                                    /** @enum {string} */
                                    verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                    clause: {
                                        /** @enum {string} */
                                        kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                        id: string | null;
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    explanation: string;
                                    cites: {
                                        id: string;
                                        number: string;
                                    }[];
                                    original?: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        explanation: string;
                                    };
                                    dimension?: string;
                                    dimensions?: {
                                        dimension: string;
                                        verdict: {
                                            /** @enum {string} */
                                            verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                            clause: {
                                                /** @enum {string} */
                                                kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                id: string | null;
                                            };
                                            explanation: string;
                                        };
                                    }[];
                                };
                                now: {
                                    /** @enum {string} */
                                    verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                    clause: {
                                        /** @enum {string} */
                                        kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                        id: string | null;
                                    };
                                    directive: {
                                        id: string;
                                        number: string;
                                    } | null;
                                    explanation: string;
                                    cites: {
                                        id: string;
                                        number: string;
                                    }[];
                                    original?: {
                                        /** @enum {string} */
                                        verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                        clause: {
                                            /** @enum {string} */
                                            kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                            id: string | null;
                                        };
                                        explanation: string;
                                    };
                                    dimension?: string;
                                    dimensions?: {
                                        dimension: string;
                                        verdict: {
                                            /** @enum {string} */
                                            verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                            clause: {
                                                /** @enum {string} */
                                                kind: "red-line" | "linkage" | "authority" | "ladder" | "no-mandate" | "ratification";
                                                id: string | null;
                                            };
                                            explanation: string;
                                        };
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your alerts about moves outside the mandate, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                /** @description The report's id and the move's place in it */
                                id: string;
                                report: {
                                    id: string;
                                    number: string;
                                };
                                idx: number;
                                verdict: string;
                                precedenceRank: number;
                                createdAt: string;
                                seenAt: string | null;
                            }[];
                            unseen: number;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every session with what its record holds and lacks, from the cables you may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                session: {
                                    id: string;
                                    date: string;
                                    place: string;
                                    participants: string[];
                                    agenda: string[];
                                };
                                accounts: number;
                                entries: number;
                                flags: {
                                    /** @enum {string} */
                                    flag: "no-verbatim-record" | "promised-record-missing" | "no-report-from-us";
                                    detail: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/sessions/{session}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's record: agenda, participants, entries, decisions, flags and the accounts side by side */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                    session: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                id: string;
                                date: string;
                                place: string;
                                participants: string[];
                                agenda: string[];
                            };
                            agenda: string[];
                            participants: {
                                party: string;
                                people: string[];
                                issues: string[];
                                problems: string[];
                            }[];
                            entries: {
                                /** @enum {string} */
                                kind: "statement" | "proposal" | "decision";
                                party: string;
                                issue: string | null;
                                speaker: string | null;
                                at: string;
                                text: string;
                                /** @enum {string} */
                                source: "our-note" | "their-memo" | "press" | "verbatim" | "report";
                                cable: {
                                    id: string;
                                    number: string;
                                };
                                outOfRule: string | null;
                                decision: {
                                    procedure: string;
                                    outcome: string;
                                    vote?: {
                                        for: string[];
                                        against: string[];
                                        abstaining: string[];
                                    };
                                    validity: {
                                        /** @enum {string} */
                                        rule: "unanimity" | "majority" | "two-thirds";
                                        valid: boolean | null;
                                        reason: string;
                                    };
                                } | null;
                            }[];
                            accounts: {
                                cable: {
                                    id: string;
                                    number: string;
                                };
                                /** @enum {string} */
                                source: "our-note" | "their-memo" | "press" | "verbatim";
                                party: string;
                                title: string | null;
                                entries: number;
                            }[];
                            flags: {
                                /** @enum {string} */
                                flag: "no-verbatim-record" | "promised-record-missing" | "no-report-from-us";
                                detail: string;
                            }[];
                            aligned: {
                                accounts: {
                                    cable: {
                                        id: string;
                                        number: string;
                                    };
                                    /** @enum {string} */
                                    source: "our-note" | "their-memo" | "press" | "verbatim";
                                    party: string;
                                    title: string | null;
                                }[];
                                rows: {
                                    key: string;
                                    party: string;
                                    issue: string | null;
                                    cells: ({
                                        speaker: string | null;
                                        text: string;
                                        wording: {
                                            text: string;
                                            /** @enum {string} */
                                            in: "both" | "first" | "other";
                                        }[] | null;
                                    } | null)[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/record/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reads an account written elsewhere (plain text, Markdown, JSON Lines) into record entries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "text" | "markdown" | "jsonl";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                key?: string;
                                /** @enum {string} */
                                kind: "statement" | "proposal" | "decision";
                                party: string;
                                issue?: string;
                                speaker?: string;
                                at?: string;
                                text: string;
                                position?: string;
                                value?: number;
                                unit?: string;
                                /** @enum {string} */
                                status?: "open" | "agreed" | "deadlocked" | "deferred";
                                decision?: {
                                    procedure: string;
                                    vote?: {
                                        /** @default [] */
                                        for: string[];
                                        /** @default [] */
                                        against: string[];
                                        /** @default [] */
                                        abstaining: string[];
                                    };
                                    /** @enum {string} */
                                    outcome: "adopted" | "rejected" | "deferred";
                                };
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every issue at a glance (status, gap, latest stances), those moved since `since` first */
        get: {
            parameters: {
                query?: {
                    since?: string;
                };
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            parties: {
                                id: string;
                                name: string;
                            }[];
                            issues: {
                                issue: {
                                    id: string;
                                    title: string;
                                };
                                /** @enum {string} */
                                status: "open" | "agreed" | "deadlocked" | "deferred";
                                statusSince: string | null;
                                lastMovedAt: string | null;
                                moved: boolean;
                                gap: {
                                    value: number | null;
                                    unit: string | null;
                                    steps: number | null;
                                    text: string;
                                };
                                parties: {
                                    party: string;
                                    latest: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/map/{issue}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One issue's negotiation map: each party's stances over time, our mandate, gap and status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conference: string;
                    issue: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issue: {
                                id: string;
                                title: string;
                            };
                            parties: {
                                id: string;
                                name: string;
                            }[];
                            lines: {
                                party: string;
                                points: {
                                    at: string;
                                    party: string;
                                    position: string | null;
                                    value: number | null;
                                    unit: string | null;
                                    step: number | null;
                                    status: ("open" | "agreed" | "deadlocked" | "deferred") | null;
                                    text: string;
                                    /** @enum {string} */
                                    source: "our-note" | "their-memo" | "press" | "verbatim" | "report";
                                    cable: {
                                        id: string;
                                        number: string;
                                    };
                                }[];
                            }[];
                            units: string[];
                            mandate: {
                                ladder: {
                                    id: string;
                                    label: string;
                                    value: number | null;
                                    unit: string | null;
                                }[];
                                authority: number;
                                redLines: {
                                    description: string;
                                    bound: number | null;
                                    unit: string | null;
                                    positions: string[];
                                }[];
                                directives: {
                                    id: string;
                                    number: string;
                                }[];
                            } | null;
                            gap: {
                                value: number | null;
                                unit: string | null;
                                steps: number | null;
                                text: string;
                            };
                            /** @enum {string} */
                            status: "open" | "agreed" | "deadlocked" | "deferred";
                            statusSince: string | null;
                            statusHistory: {
                                /** @enum {string} */
                                status: "open" | "agreed" | "deadlocked" | "deferred";
                                at: string;
                                cable: {
                                    id: string;
                                    number: string;
                                };
                                text: string;
                            }[];
                            lastMovedAt: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs you now: moves outside the mandate, unanswered queries, unopened urgent cables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Moves outside the mandate in reports you may read, not yet seen, newest first */
                            moves: {
                                report: {
                                    id: string;
                                    /** @example LONTO 0007 */
                                    number: string;
                                    /** @description Chain position: auditors only */
                                    seq?: number;
                                    /** @description ISO 8601 UTC */
                                    registeredAt: string;
                                    author: {
                                        id: string;
                                        name: string;
                                    };
                                    alias: string | null;
                                    to: string[];
                                    info: string[];
                                    exclude: string[];
                                    via: string | null;
                                    /** @enum {string} */
                                    precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                    classification: string;
                                    captions: ("EYES ONLY" | "READ-OUT")[];
                                    /** @enum {string} */
                                    kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                    subject: string;
                                    issues: string[];
                                    conference: string | null;
                                    read: boolean;
                                    verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                                };
                                idx: number;
                                /** @enum {string} */
                                verdict: "WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED";
                                raisedAt: string;
                            }[];
                            /** @description Queries to you that you have not answered */
                            queries: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                            }[];
                            /** @description FLASH and IMMEDIATE cables to you not yet opened */
                            urgent: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delegation's day: today's sessions, your open authority requests, directives since yesterday */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The day (YYYY-MM-DD, UTC) whose sessions are listed */
                            today: string;
                            /** @description Today's sessions, in plans you may read */
                            sessions: {
                                conference: string;
                                session: {
                                    id: string;
                                    date: string;
                                    place: string;
                                    participants: string[];
                                    agenda: string[];
                                };
                            }[];
                            /** @description The next session after today, if any */
                            next: {
                                conference: string;
                                session: {
                                    id: string;
                                    date: string;
                                    place: string;
                                    participants: string[];
                                    agenda: string[];
                                };
                            } | null;
                            /** @description Queries you sent (asking authority or else) that nobody has answered yet */
                            requests: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                            }[];
                            /** @description Directives you may read registered since the start of yesterday (UTC) */
                            directives: {
                                id: string;
                                /** @example LONTO 0007 */
                                number: string;
                                /** @description Chain position: auditors only */
                                seq?: number;
                                /** @description ISO 8601 UTC */
                                registeredAt: string;
                                author: {
                                    id: string;
                                    name: string;
                                };
                                alias: string | null;
                                to: string[];
                                info: string[];
                                exclude: string[];
                                via: string | null;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                classification: string;
                                captions: ("EYES ONLY" | "READ-OUT")[];
                                /** @enum {string} */
                                kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record" | "setup" | "release";
                                subject: string;
                                issues: string[];
                                conference: string | null;
                                read: boolean;
                                verdict?: ("WITHIN" | "NEEDS_AUTHORITY" | "LINKAGE_UNMET" | "RED_LINE" | "UNMANDATED") | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/conferences/{conference}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conference's deadlines in cables you may read: open, met, lapsed or pending, soonest first */
        get: {
            parameters: {
                query?: {
                    person?: string;
                    state?: "pending" | "open" | "met" | "lapsed";
                };
                header?: never;
                path: {
                    conference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            now: string;
                            deadlines: {
                                id: string;
                                description: string;
                                conference: string;
                                issue: string | null;
                                cable: {
                                    id: string;
                                    number: string;
                                    subject: string;
                                    author: string;
                                    registeredAt: string;
                                };
                                due: {
                                    /** @constant */
                                    type: "at";
                                    /** Format: date-time */
                                    at: string;
                                } | {
                                    /** @constant */
                                    type: "within";
                                    of: {
                                        /** @constant */
                                        type: "registration";
                                    } | {
                                        /** @constant */
                                        type: "agreement";
                                        issue: string;
                                    };
                                    within: {
                                        months?: number;
                                        days?: number;
                                        hours?: number;
                                        minutes?: number;
                                    };
                                };
                                meets: {
                                    /** @constant */
                                    type: "reply";
                                    /** @enum {string} */
                                    kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                } | {
                                    /** @constant */
                                    type: "cable";
                                    /** @enum {string} */
                                    kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                    issue: string;
                                } | {
                                    /** @constant */
                                    type: "agreement";
                                    issue: string;
                                };
                                actors: string[];
                                notify: string[];
                                warn: {
                                    months?: number;
                                    days?: number;
                                    hours?: number;
                                    minutes?: number;
                                }[];
                                /** @enum {string} */
                                state: "pending" | "open" | "met" | "lapsed";
                                dueAt: string | null;
                                metBy: {
                                    cable: {
                                        id: string;
                                        number: string;
                                    };
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadlines you must act on or are told of, in every conference */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "open" | "met" | "lapsed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            now: string;
                            deadlines: {
                                id: string;
                                description: string;
                                conference: string;
                                issue: string | null;
                                cable: {
                                    id: string;
                                    number: string;
                                    subject: string;
                                    author: string;
                                    registeredAt: string;
                                };
                                due: {
                                    /** @constant */
                                    type: "at";
                                    /** Format: date-time */
                                    at: string;
                                } | {
                                    /** @constant */
                                    type: "within";
                                    of: {
                                        /** @constant */
                                        type: "registration";
                                    } | {
                                        /** @constant */
                                        type: "agreement";
                                        issue: string;
                                    };
                                    within: {
                                        months?: number;
                                        days?: number;
                                        hours?: number;
                                        minutes?: number;
                                    };
                                };
                                meets: {
                                    /** @constant */
                                    type: "reply";
                                    /** @enum {string} */
                                    kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                } | {
                                    /** @constant */
                                    type: "cable";
                                    /** @enum {string} */
                                    kind: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                                    issue: string;
                                } | {
                                    /** @constant */
                                    type: "agreement";
                                    issue: string;
                                };
                                actors: string[];
                                notify: string[];
                                warn: {
                                    months?: number;
                                    days?: number;
                                    hours?: number;
                                    minutes?: number;
                                }[];
                                /** @enum {string} */
                                state: "pending" | "open" | "met" | "lapsed";
                                dueAt: string | null;
                                metBy: {
                                    cable: {
                                        id: string;
                                        number: string;
                                    };
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/deadline-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warnings and lapses your deadlines gave you, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                deadline: {
                                    id: string;
                                    description: string;
                                };
                                cable: {
                                    id: string;
                                    number: string;
                                };
                                firing: string;
                                dueAt: string;
                                firedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your digests, newest first, and the hour of your daily digest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Your daily digest: none until you set one */
                            schedule: {
                                hour: number;
                                timeZone: string;
                                enabled: boolean;
                            } | null;
                            /** @description Your digests, newest first */
                            digests: {
                                cable: {
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                    subject: string;
                                    registeredAt: string;
                                };
                                digest: {
                                    /** @constant */
                                    type: "digest";
                                    reader: string;
                                    day: string | null;
                                    from: string;
                                    until: string;
                                    incoming: {
                                        total: number;
                                        byPrecedence: {
                                            [key: string]: number;
                                        };
                                        byVerdict: {
                                            [key: string]: number;
                                        };
                                        urgent: {
                                            id: string;
                                            number: string;
                                            /** @enum {string} */
                                            precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                            subject: string;
                                            registeredAt: string;
                                        }[];
                                    };
                                    authorityRequests: {
                                        id: string;
                                        number: string;
                                        /** @enum {string} */
                                        precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                        subject: string;
                                        registeredAt: string;
                                    }[];
                                    deadlines: {
                                        near: {
                                            id: string;
                                            description: string;
                                            cable: string;
                                            dueAt: string;
                                        }[];
                                        lapsed: {
                                            id: string;
                                            description: string;
                                            cable: string;
                                            dueAt: string;
                                        }[];
                                    };
                                    unacknowledged: {
                                        total: number;
                                        cables: {
                                            id: string;
                                            number: string;
                                            /** @enum {string} */
                                            precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                            subject: string;
                                            registeredAt: string;
                                        }[];
                                    };
                                    press: {
                                        topic: string;
                                        items: {
                                            cable: string;
                                            number: string;
                                            source: string;
                                            date: string;
                                            language: string;
                                            summary: string;
                                            link: string | null;
                                        }[];
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make your digest of the last 24 hours now, registered as a cable to you alone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                subject: string;
                                registeredAt: string;
                            };
                            digest: {
                                /** @constant */
                                type: "digest";
                                reader: string;
                                day: string | null;
                                from: string;
                                until: string;
                                incoming: {
                                    total: number;
                                    byPrecedence: {
                                        [key: string]: number;
                                    };
                                    byVerdict: {
                                        [key: string]: number;
                                    };
                                    urgent: {
                                        id: string;
                                        number: string;
                                        /** @enum {string} */
                                        precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                        subject: string;
                                        registeredAt: string;
                                    }[];
                                };
                                authorityRequests: {
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                    subject: string;
                                    registeredAt: string;
                                }[];
                                deadlines: {
                                    near: {
                                        id: string;
                                        description: string;
                                        cable: string;
                                        dueAt: string;
                                    }[];
                                    lapsed: {
                                        id: string;
                                        description: string;
                                        cable: string;
                                        dueAt: string;
                                    }[];
                                };
                                unacknowledged: {
                                    total: number;
                                    cables: {
                                        id: string;
                                        number: string;
                                        /** @enum {string} */
                                        precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                        subject: string;
                                        registeredAt: string;
                                    }[];
                                };
                                press: {
                                    topic: string;
                                    items: {
                                        cable: string;
                                        number: string;
                                        source: string;
                                        date: string;
                                        language: string;
                                        summary: string;
                                        link: string | null;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/digest-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the hour, in your own time zone, of your daily digest */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hour: number;
                        timeZone: string;
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hour: number;
                            timeZone: string;
                            enabled: boolean;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/press-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Press items you may read, registered in a window (the last 24 hours unless given), by topic */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    until?: string;
                    topic?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cable: {
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                    subject: string;
                                    registeredAt: string;
                                };
                                source: string;
                                date: string;
                                language: string;
                                topic: string;
                                summary: string;
                                link: string | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter a monitored press item, distributed to the named readers only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string[];
                        source: string;
                        /** Format: date */
                        date: string;
                        language: string;
                        topic: string;
                        /** @default null */
                        link?: string | null;
                        summary: string;
                        classification: string;
                        /**
                         * @default ROUTINE
                         * @enum {string}
                         */
                        precedence?: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                        /** @default [] */
                        issues?: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                subject: string;
                                registeredAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/circulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a circular to every mission (or the group named) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default missions */
                        group?: string;
                        /**
                         * @default PRIORITY
                         * @enum {string}
                         */
                        precedence?: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                        classification: string;
                        subject: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                subject: string;
                                registeredAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/circulars/{ref}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has acknowledged your circular, mission by mission */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                subject: string;
                                registeredAt: string;
                            };
                            rows: {
                                person: string;
                                name: string;
                                post: string | null;
                                /** @description When they acknowledged it (explicitly, not by opening it) */
                                acknowledgedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/circulars/{ref}/chase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind the missions that have not acknowledged your circular */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                precedence: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                                subject: string;
                                registeredAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/email-choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your choice of e-mail notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            choice: {
                                address: string;
                                events: ("flash" | "immediate" | "escalation" | "authority-request" | "deadline-alert")[];
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Choose which arrivals reach you by e-mail (never their subject or text), and where */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        address: string;
                        events: ("flash" | "immediate" | "escalation" | "authority-request" | "deadline-alert")[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            choice: {
                                address: string;
                                events: ("flash" | "immediate" | "escalation" | "authority-request" | "deadline-alert")[];
                            } | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/vetting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft to its reviewers, with the rule they sign it off by */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reviewers: string[];
                        /**
                         * @default {
                         *       "type": "all"
                         *     }
                         */
                        rule?: {
                            /** @constant */
                            type: "all";
                        } | {
                            /** @constant */
                            type: "any";
                            count: number;
                        } | {
                            /** @constant */
                            type: "named";
                            reviewer: string;
                        };
                        /** @default false */
                        joint?: boolean;
                        /** @default [] */
                        info?: string[];
                        /**
                         * @default PRIORITY
                         * @enum {string}
                         */
                        precedence?: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                        classification: string;
                        subject: string;
                        body: string;
                        conference?: string;
                        /** @default [] */
                        issues?: string[];
                        inReplyTo?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                subject: string;
                                registeredAt: string;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/vetting/{draft}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft's vetting: reviews as tracked changes, the sign-off status, the final text as it stands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    draft: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: {
                                id: string;
                                number: string;
                                author: string;
                                subject: string;
                                body: string;
                                registeredAt: string;
                            };
                            reviewers: {
                                reviewer: string;
                                /** @enum {string} */
                                state: "pending" | "edits-open" | "signed-off" | "refused";
                                review: string | null;
                            }[];
                            rule: {
                                /** @constant */
                                type: "all";
                            } | {
                                /** @constant */
                                type: "any";
                                count: number;
                            } | {
                                /** @constant */
                                type: "named";
                                reviewer: string;
                            };
                            joint: boolean;
                            holds: boolean;
                            reviews: {
                                cable: string;
                                number: string;
                                reviewer: string;
                                registeredAt: string;
                                /** @enum {string} */
                                verdict: "edits" | "no-objections" | "refused";
                                reason: string | null;
                                edits: {
                                    from: number;
                                    to: number;
                                    original: string;
                                    text: string;
                                    reason: string;
                                    decision: ("accepted" | "declined") | null;
                                }[];
                                changes: {
                                    /** @enum {string} */
                                    change: "kept" | "deleted" | "inserted";
                                    text: string;
                                }[];
                            }[];
                            finalText: string | null;
                            changes: {
                                /** @enum {string} */
                                change: "kept" | "deleted" | "inserted";
                                text: string;
                            }[];
                            canFinish: boolean;
                            canReview: boolean;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/vetting/{draft}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a draft: edits with their reasons, no objections, or a refusal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    draft: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        verdict: "edits" | "no-objections" | "refused";
                        /** @default [] */
                        edits?: {
                            from: number;
                            to: number;
                            /** @default  */
                            original?: string;
                            /** @default  */
                            text?: string;
                            reason: string;
                        }[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                subject: string;
                                registeredAt: string;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/vetting/{draft}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The author's answers to the edits: each accepted or declined */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    draft: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            review: string;
                            edit: number;
                            /** @enum {string} */
                            decision: "accepted" | "declined";
                            note?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                subject: string;
                                registeredAt: string;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/vetting/{draft}/final": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the final text as its own cable, once the sign-off rule holds */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    draft: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string[];
                        /** @default [] */
                        info?: string[];
                        /**
                         * @default note
                         * @enum {string}
                         */
                        kind?: "directive" | "report" | "query" | "reply" | "proposal" | "approval" | "reprimand" | "draft" | "edit" | "circular" | "digest" | "note" | "record";
                        /** @enum {string} */
                        precedence?: "FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE";
                        inReplyTo?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                subject: string;
                                registeredAt: string;
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/cables/{ref}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you must acknowledge a cable, and when you did */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: string;
                            number: string;
                            mustAcknowledge: boolean;
                            acknowledgedAt: string | null;
                            acknowledgeBy: string | null;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Acknowledge a cable you must act on (apart from opening it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: string;
                            number: string;
                            acknowledgedAt: string;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/cables/{ref}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per action addressee: delivered, opened, acknowledged, escalated (the author's and the clerk's) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cable: {
                                id: string;
                                number: string;
                                precedence: string;
                            };
                            acknowledgeBy: string | null;
                            addressees: {
                                person: string;
                                deliveredAt: string;
                                openedAt: string | null;
                                acknowledgedAt: string | null;
                                escalatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overdue acknowledgements escalated to you, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalations: {
                                cable: {
                                    id: string;
                                    number: string;
                                    subject: string;
                                };
                                addressee: string;
                                dueAt: string;
                                firedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/cables/{ref}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read a READ-OUT cable to whom, and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readings: {
                                readBy: string;
                                readTo: string;
                                readAt: string;
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record that you read a READ-OUT cable to someone, and when */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readBy: string;
                            readTo: string;
                            readAt: string;
                            recordedAt: string;
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/precedence-scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handling targets per precedence, which precedences escalate, and each post’s duty officer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scheme: {
                                targets: {
                                    FLASH: number;
                                    IMMEDIATE: number;
                                    PRIORITY: number;
                                    ROUTINE: number;
                                };
                                escalate: ("FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE")[];
                                dutyOfficers: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set the precedence scheme’s handling targets and duty officers (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targets: {
                            FLASH: number;
                            IMMEDIATE: number;
                            PRIORITY: number;
                            ROUTINE: number;
                        };
                        escalate: ("FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE")[];
                        dutyOfficers: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scheme: {
                                targets: {
                                    FLASH: number;
                                    IMMEDIATE: number;
                                    PRIORITY: number;
                                    ROUTINE: number;
                                };
                                escalate: ("FLASH" | "IMMEDIATE" | "PRIORITY" | "ROUTINE")[];
                                dutyOfficers: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid-input" | "not-found" | "unauthenticated" | "bad-credentials" | "forbidden" | "conflict" | "locked" | "disabled" | "too-many-streams" | "registry-broken" | "payload-too-large" | "rate-limited";
                            message: string;
                            field?: string;
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
    schemas: {
        Condition: {
            /** @constant */
            type: "their-move";
            issue: string;
            party?: string;
            terms?: {
                dimension?: string;
                position?: string;
                atLeast?: number;
                atMost?: number;
                unit?: string;
            };
        } | {
            /** @constant */
            type: "agreement";
            issue: string;
            terms?: {
                dimension?: string;
                position?: string;
                atLeast?: number;
                atMost?: number;
                unit?: string;
            };
        } | {
            /** @constant */
            type: "any";
            of: components["schemas"]["Condition"][];
        } | {
            /** @constant */
            type: "all";
            of: components["schemas"]["Condition"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
