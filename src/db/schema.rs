// One portable schema for both backends: only Integer, BigInt, Text, Timestamp and Bool.
// Timestamps are UTC (naive), truncated to microseconds before they are written.

diesel::table! {
    accounts (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        is_admin -> Bool,
        sessions_revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_tokens (id) {
        id -> BigInt,
        account_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    password_reset_tokens (id) {
        id -> BigInt,
        account_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisations (id) {
        id -> BigInt,
        name -> Text,
        country -> Text,
        website -> Nullable<Text>,
        logo_url -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    trainings (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        summary -> Text,
        description -> Text,
        kind -> Text,
        timezone -> Text,
        language -> Text,
        capacity -> Nullable<Integer>,
        registration_opens_at -> Nullable<Timestamp>,
        registration_closes_at -> Nullable<Timestamp>,
        registration_mode -> Text,
        status -> Text,
        version -> BigInt,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        contact_email -> Nullable<Text>,
        translations -> Text,
    }
}

diesel::table! {
    training_sessions (id) {
        id -> BigInt,
        training_id -> BigInt,
        uid -> Text,
        title -> Text,
        description -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        join_url -> Nullable<Text>,
        sequence -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_organisers (training_id, account_id) {
        training_id -> BigInt,
        account_id -> BigInt,
        organisation_id -> BigInt,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organiser_invitations (id) {
        id -> BigInt,
        training_id -> BigInt,
        email -> Text,
        role -> Text,
        organisation_id -> BigInt,
        token_hash -> Text,
        invited_by -> Nullable<BigInt>,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(sign_in_tokens -> accounts (account_id));
diesel::joinable!(password_reset_tokens -> accounts (account_id));
diesel::joinable!(training_sessions -> trainings (training_id));
diesel::joinable!(training_organisers -> trainings (training_id));
diesel::joinable!(training_organisers -> accounts (account_id));
diesel::joinable!(training_organisers -> organisations (organisation_id));
diesel::joinable!(organiser_invitations -> trainings (training_id));
diesel::joinable!(organiser_invitations -> organisations (organisation_id));

diesel::table! {
    registrations (id) {
        id -> BigInt,
        training_id -> BigInt,
        email -> Text,
        full_name -> Text,
        organisation -> Text,
        country -> Text,
        sex -> Nullable<Text>,
        age_band -> Nullable<Text>,
        status -> Text,
        consent_at -> Nullable<Timestamp>,
        link_nonce -> Text,
        queued_at -> Nullable<Timestamp>,
        confirmed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        calendar_sequence -> Integer,
        erased_at -> Nullable<Timestamp>,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    registration_tokens (id) {
        id -> BigInt,
        registration_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        details -> Nullable<Text>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        message_id -> Text,
        kind -> Text,
        training_id -> Nullable<BigInt>,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        ics_method -> Nullable<Text>,
        ics -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reminders_sent (registration_id, session_id, offset_minutes) {
        registration_id -> BigInt,
        session_id -> BigInt,
        offset_minutes -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    domain_events (id) {
        id -> BigInt,
        kind -> Text,
        training_id -> Nullable<BigInt>,
        payload -> Text,
        created_at -> Timestamp,
        handled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    attendance (registration_id, session_id) {
        registration_id -> BigInt,
        session_id -> BigInt,
        status -> Text,
        minutes -> Nullable<Integer>,
        source -> Text,
        import_id -> Nullable<BigInt>,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    attendance_imports (id) {
        id -> BigInt,
        training_id -> BigInt,
        session_id -> BigInt,
        file_name -> Text,
        file_sha256 -> Text,
        format -> Text,
        timezone -> Text,
        content -> Text,
        matched -> Integer,
        matched_by_name -> Integer,
        unmatched -> Integer,
        ambiguous -> Integer,
        changed -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        applied_at -> Nullable<Timestamp>,
        undone_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    attendance_import_changes (import_id, registration_id) {
        import_id -> BigInt,
        registration_id -> BigInt,
        session_id -> BigInt,
        previous_status -> Nullable<Text>,
        previous_minutes -> Nullable<Integer>,
        previous_source -> Nullable<Text>,
        previous_import_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    certification_rules (training_id) {
        training_id -> BigInt,
        min_sessions -> Nullable<Integer>,
        min_sessions_percent -> Nullable<Integer>,
        min_minutes_percent -> Nullable<Integer>,
        pass_mark -> Nullable<Integer>,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    assessment_scores (registration_id) {
        registration_id -> BigInt,
        score -> Integer,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(attendance -> registrations (registration_id));
diesel::joinable!(assessment_scores -> registrations (registration_id));
diesel::joinable!(attendance -> training_sessions (session_id));
diesel::joinable!(registrations -> trainings (training_id));
diesel::joinable!(registration_tokens -> registrations (registration_id));
diesel::joinable!(reminders_sent -> registrations (registration_id));
diesel::joinable!(reminders_sent -> training_sessions (session_id));

diesel::table! {
    certificates (id) {
        id -> BigInt,
        code -> Text,
        registration_id -> BigInt,
        training_id -> BigInt,
        issuer_organisation_id -> BigInt,
        outcome -> Text,
        status -> Text,
        holder_name -> Text,
        holder_email -> Text,
        subject_uuid -> Text,
        training_title -> Text,
        organisers -> Text,
        starts_on -> Date,
        ends_on -> Date,
        scheduled_minutes -> Integer,
        sessions_attended -> Integer,
        sessions_total -> Integer,
        minutes_attended -> Nullable<Integer>,
        criteria -> Text,
        issued_by -> Nullable<BigInt>,
        issued_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<BigInt>,
        revocation_reason -> Nullable<Text>,
        organisation_ids -> Nullable<Text>,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    certificate_documents (certificate_id) {
        certificate_id -> BigInt,
        pdf -> Binary,
        credential_jwt -> Text,
    }
}

diesel::table! {
    credential_keys (kid) {
        kid -> Text,
        public_jwk -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox_attachments (id) {
        id -> BigInt,
        outbox_id -> BigInt,
        filename -> Text,
        content_type -> Text,
        content -> Binary,
    }
}

diesel::table! {
    organisation_logos (organisation_id) {
        organisation_id -> BigInt,
        media_type -> Text,
        width -> Integer,
        height -> Integer,
        sha256 -> Text,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
        bytes -> Binary,
    }
}

diesel::joinable!(organisation_logos -> organisations (organisation_id));
diesel::joinable!(certificates -> registrations (registration_id));
diesel::joinable!(certificates -> trainings (training_id));
diesel::joinable!(certificate_documents -> certificates (certificate_id));
diesel::joinable!(outbox_attachments -> outbox (outbox_id));

diesel::table! {
    hosted_trainings (training_id) {
        training_id -> BigInt,
        certificate_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_lineage (ancestor_id, descendant_id) {
        ancestor_id -> BigInt,
        descendant_id -> BigInt,
        depth -> Integer,
    }
}

diesel::table! {
    downstream_trainings (id) {
        id -> BigInt,
        certificate_id -> BigInt,
        trainer_account_id -> BigInt,
        title -> Text,
        starts_on -> Date,
        ends_on -> Date,
        minutes -> Integer,
        mode -> Text,
        country -> Text,
        region -> Text,
        city -> Text,
        language -> Text,
        audience_organisations -> Text,
        curriculum_version -> Text,
        evidence_url -> Nullable<Text>,
        evidence_file -> Nullable<Text>,
        evidence_media_type -> Nullable<Text>,
        evidence_name -> Nullable<Text>,
        notes -> Text,
        status -> Text,
        verification_note -> Nullable<Text>,
        verified_by -> Nullable<BigInt>,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    downstream_figures (downstream_training_id) {
        downstream_training_id -> BigInt,
        participants_total -> Integer,
        female -> Integer,
        male -> Integer,
        another -> Integer,
        sex_not_recorded -> Integer,
        age_under_25 -> Integer,
        age_25_34 -> Integer,
        age_35_44 -> Integer,
        age_45_54 -> Integer,
        age_55_64 -> Integer,
        age_65_plus -> Integer,
        age_not_recorded -> Integer,
        with_disability -> Nullable<Integer>,
    }
}

diesel::table! {
    downstream_sessions (id) {
        id -> BigInt,
        downstream_training_id -> BigInt,
        held_on -> Date,
        minutes -> Integer,
    }
}

diesel::table! {
    downstream_messages (id) {
        id -> BigInt,
        downstream_training_id -> BigInt,
        author_account_id -> Nullable<BigInt>,
        kind -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    trainer_reminders_sent (certificate_id, after_days) {
        certificate_id -> BigInt,
        after_days -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    public_impact (training_id) {
        training_id -> BigInt,
        switched_on_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    session_updates_pending (session_id) {
        session_id -> BigInt,
        training_id -> BigInt,
        before -> Text,
        due_at -> Timestamp,
        created_at -> Timestamp,
    }
}

diesel::table! {
    impact_snapshots (scope, scope_id) {
        scope -> Text,
        scope_id -> BigInt,
        computed_at -> Timestamp,
        compute_ms -> BigInt,
        body -> Text,
        refreshing_until -> Nullable<Timestamp>,
    }
}

diesel::joinable!(hosted_trainings -> trainings (training_id));
diesel::joinable!(hosted_trainings -> certificates (certificate_id));
diesel::joinable!(downstream_trainings -> certificates (certificate_id));
diesel::joinable!(downstream_sessions -> downstream_trainings (downstream_training_id));
diesel::joinable!(downstream_figures -> downstream_trainings (downstream_training_id));
diesel::joinable!(downstream_messages -> downstream_trainings (downstream_training_id));

diesel::table! {
    webhook_endpoints (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        url -> Text,
        description -> Text,
        event_types -> Text,
        all_trainings -> Bool,
        enabled -> Bool,
        secret_sealed -> Text,
        secret_hint -> Text,
        paused_at -> Nullable<Timestamp>,
        paused_reason -> Nullable<Text>,
        failed_in_a_row -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhook_endpoint_trainings (endpoint_id, training_id) {
        endpoint_id -> BigInt,
        training_id -> BigInt,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> BigInt,
        endpoint_id -> BigInt,
        delivery_id -> Text,
        event_id -> Text,
        event_type -> Text,
        training_id -> Nullable<BigInt>,
        payload -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        last_attempt_at -> Nullable<Timestamp>,
        last_status_code -> Nullable<Integer>,
        last_response -> Nullable<Text>,
        last_error -> Nullable<Text>,
        last_duration_ms -> Nullable<Integer>,
        delivered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(webhook_endpoints -> organisations (organisation_id));
diesel::joinable!(webhook_endpoint_trainings -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));

diesel::allow_tables_to_appear_in_same_query!(
    accounts,
    sign_in_tokens,
    password_reset_tokens,
    organisations,
    trainings,
    training_sessions,
    training_organisers,
    organiser_invitations,
    registrations,
    registration_tokens,
    outbox,
    reminders_sent,
    domain_events,
    attendance,
    attendance_imports,
    attendance_import_changes,
    certification_rules,
    assessment_scores,
    certificates,
    certificate_documents,
    credential_keys,
    outbox_attachments,
    hosted_trainings,
    training_lineage,
    downstream_trainings,
    downstream_figures,
    downstream_sessions,
    downstream_messages,
    trainer_reminders_sent,
    public_impact,
    impact_snapshots,
    session_updates_pending,
    organisation_logos,
    webhook_endpoints,
    webhook_endpoint_trainings,
    webhook_deliveries,
);
