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
diesel::joinable!(training_sessions -> trainings (training_id));
diesel::joinable!(training_organisers -> trainings (training_id));
diesel::joinable!(training_organisers -> accounts (account_id));
diesel::joinable!(training_organisers -> organisations (organisation_id));
diesel::joinable!(organiser_invitations -> trainings (training_id));
diesel::joinable!(organiser_invitations -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    accounts,
    sign_in_tokens,
    organisations,
    trainings,
    training_sessions,
    training_organisers,
    organiser_invitations,
);
