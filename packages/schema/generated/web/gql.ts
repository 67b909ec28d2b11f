/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      status\n      expiresAt\n      permanent\n      daysLeft\n      createdAt\n      licenses {\n        id\n        ...LicenseRow_license\n      }\n      coverage {\n        ...CoverageTimeline_window\n      }\n      ...ChannelPanel_agent\n      ...FlowEditor_agent\n    }\n  }\n": typeof types.AgentPageDocument,
    "\n  fragment AgentRow_agent on Agent {\n    id\n    name\n    status\n    expiresAt\n    permanent\n    daysLeft\n    createdAt\n    licenseCount\n  }\n": typeof types.AgentRow_AgentFragmentDoc,
    "\n  query AgentsPage($first: Int!, $after: String) {\n    agents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AgentRow_agent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgentsPageDocument,
    "\n  query ChannelMessages($agentId: ID!, $first: Int!, $after: String) {\n    channelMessages(agentId: $agentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          text\n          reply\n          refused\n          source\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChannelMessagesDocument,
    "\n  fragment ChannelPanel_agent on Agent {\n    id\n    channelToken\n  }\n": typeof types.ChannelPanel_AgentFragmentDoc,
    "\n  fragment FlowEditor_agent on Agent {\n    id\n    flow {\n      greeting\n      rules {\n        match\n        reply\n      }\n      fallback\n    }\n  }\n": typeof types.FlowEditor_AgentFragmentDoc,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      name\n      ...AgentRow_agent\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  mutation RotateChannelToken($id: ID!) {\n    rotateChannelToken(id: $id) {\n      id\n      ...ChannelPanel_agent\n    }\n  }\n": typeof types.RotateChannelTokenDocument,
    "\n  mutation SendMessage($agentId: ID!, $text: String!) {\n    sendMessage(agentId: $agentId, text: $text) {\n      replies {\n        text\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation UpdateAgentFlow($id: ID!, $flow: FlowInput!) {\n    updateAgentFlow(id: $id, flow: $flow) {\n      id\n      ...FlowEditor_agent\n    }\n  }\n": typeof types.UpdateAgentFlowDocument,
    "\n  query AuditPage($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorEmail\n          action\n          summary\n          resourceType\n          resourceId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  fragment Session_user on User {\n    id\n    email\n    role\n    locale\n  }\n": typeof types.Session_UserFragmentDoc,
    "\n  query Session {\n    me {\n      ...Session_user\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...Session_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ExpiryBanner_resource on ExpiringResource {\n    resourceType\n    resourceId\n    name\n    status\n    expiresAt\n    daysLeft\n  }\n": typeof types.ExpiryBanner_ResourceFragmentDoc,
    "\n  query ClockBanner {\n    platform {\n      clock {\n        status\n        highWater\n        observedAt\n      }\n    }\n  }\n": typeof types.ClockBannerDocument,
    "\n  query ExpiringBanners($withinDays: Int!) {\n    expiringResources(withinDays: $withinDays) {\n      ...ExpiryBanner_resource\n    }\n  }\n": typeof types.ExpiringBannersDocument,
    "\n  subscription ExpiryEvents {\n    expiringResources {\n      kind\n      resourceType\n      resourceId\n      name\n      expiresAt\n      daysLeft\n      threshold\n    }\n  }\n": typeof types.ExpiryEventsDocument,
    "\n  fragment BindDialog_license on License {\n    id\n    mode\n    validityDays\n    permanent\n    licensee\n    activateBy\n  }\n": typeof types.BindDialog_LicenseFragmentDoc,
    "\n  query BindDialogAgents($first: Int!, $after: String, $search: String) {\n    agents(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          expiresAt\n          permanent\n          daysLeft\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BindDialogAgentsDocument,
    "\n  mutation BindAgentLicense($licenseId: ID!, $agentId: ID!) {\n    bindAgentLicense(licenseId: $licenseId, agentId: $agentId) {\n      id\n      ...LicenseRow_license\n    }\n  }\n": typeof types.BindAgentLicenseDocument,
    "\n  fragment LicenseRow_license on License {\n    id\n    type\n    mode\n    validityDays\n    permanent\n    licensee\n    orderId\n    status\n    autoGranted\n    startsAt\n    queued\n    endsAt\n    activateBy\n    uploadedAt\n    agent {\n      id\n      name\n      deleted\n    }\n    ...BindDialog_license\n  }\n": typeof types.LicenseRow_LicenseFragmentDoc,
    "\n  query LicensesPage($first: Int!, $after: String, $status: LicenseStatus, $type: LicenseType) {\n    platform {\n      instanceId\n    }\n    licenses(first: $first, after: $after, status: $status, type: $type) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...LicenseRow_license\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LicensesPageDocument,
    "\n  fragment PackagePreview_preview on PackagePreview {\n    certificates {\n      id\n      type\n      validityDays\n      permanent\n      licensee\n      alreadyImported\n      startsAt\n      endsAt\n    }\n    platformBefore {\n      status\n      expiresAt\n      permanent\n    }\n    platformAfter {\n      status\n      expiresAt\n      permanent\n    }\n  }\n": typeof types.PackagePreview_PreviewFragmentDoc,
    "\n  fragment UploadResult_license on License {\n    id\n    type\n    permanent\n    validityDays\n    autoGranted\n    status\n    startsAt\n    queued\n    endsAt\n    activateBy\n  }\n": typeof types.UploadResult_LicenseFragmentDoc,
    "\n  mutation UploadLicensePackage($file: Upload!) {\n    uploadLicensePackage(file: $file) {\n      imported {\n        id\n        ...UploadResult_license\n      }\n      skipped {\n        id\n        ...UploadResult_license\n      }\n    }\n  }\n": typeof types.UploadLicensePackageDocument,
    "\n  mutation PreviewLicensePackage($file: Upload!) {\n    previewLicensePackage(file: $file) {\n      valid\n      problems {\n        index\n        certificateId\n        code\n        message\n      }\n      ...PackagePreview_preview\n    }\n  }\n": typeof types.PreviewLicensePackageDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    resourceType\n    resourceId\n    name\n    expiresAt\n    daysLeft\n    threshold\n    createdAt\n    read\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationIds($after: String) {\n    notifications(first: 100, after: $after, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UnreadNotificationIdsDocument,
    "\n  query PreferencesPage {\n    me {\n      id\n      emailReminders\n      locale\n    }\n    emailConfigured\n  }\n": typeof types.PreferencesPageDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      emailReminders\n      locale\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  fragment RenewalPage_platform on Platform {\n    status\n    expiresAt\n    instanceId\n  }\n": typeof types.RenewalPage_PlatformFragmentDoc,
    "\n  fragment PlatformSummary_platform on Platform {\n    status\n    expiresAt\n    permanent\n    daysLeft\n    unlimitedAgents\n  }\n": typeof types.PlatformSummary_PlatformFragmentDoc,
    "\n  query ShellHeader {\n    platform {\n      ...PlatformSummary_platform\n    }\n    unreadNotificationCount\n  }\n": typeof types.ShellHeaderDocument,
    "\n  query PlatformGate {\n    platform {\n      status\n      ...RenewalPage_platform\n    }\n  }\n": typeof types.PlatformGateDocument,
    "\n  fragment CoverageTimeline_window on CoverageWindow {\n    licenseId\n    type\n    startsAt\n    endsAt\n    permanent\n    autoGranted\n  }\n": typeof types.CoverageTimeline_WindowFragmentDoc,
    "\n  query PlatformCoverage {\n    platform {\n      expiresAt\n      permanent\n      coverage {\n        ...CoverageTimeline_window\n      }\n    }\n  }\n": typeof types.PlatformCoverageDocument,
    "\n  query TrustedKeysPage {\n    trustedKeys {\n      kid\n      algorithm\n      fingerprint\n      source\n    }\n  }\n": typeof types.TrustedKeysPageDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  fragment UserRow_user on User {\n    id\n    email\n    role\n    disabled\n    createdAt\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query UsersPage {\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  fragment WebhookDeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n  }\n": typeof types.WebhookDeliveryRow_DeliveryFragmentDoc,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...WebhookDeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    createdAt\n  }\n": typeof types.WebhookEndpointRow_EndpointFragmentDoc,
    "\n  query WebhooksPage {\n    webhookEndpoints {\n      id\n      url\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": typeof types.WebhooksPageDocument,
};
const documents: Documents = {
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      status\n      expiresAt\n      permanent\n      daysLeft\n      createdAt\n      licenses {\n        id\n        ...LicenseRow_license\n      }\n      coverage {\n        ...CoverageTimeline_window\n      }\n      ...ChannelPanel_agent\n      ...FlowEditor_agent\n    }\n  }\n": types.AgentPageDocument,
    "\n  fragment AgentRow_agent on Agent {\n    id\n    name\n    status\n    expiresAt\n    permanent\n    daysLeft\n    createdAt\n    licenseCount\n  }\n": types.AgentRow_AgentFragmentDoc,
    "\n  query AgentsPage($first: Int!, $after: String) {\n    agents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AgentRow_agent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgentsPageDocument,
    "\n  query ChannelMessages($agentId: ID!, $first: Int!, $after: String) {\n    channelMessages(agentId: $agentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          text\n          reply\n          refused\n          source\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChannelMessagesDocument,
    "\n  fragment ChannelPanel_agent on Agent {\n    id\n    channelToken\n  }\n": types.ChannelPanel_AgentFragmentDoc,
    "\n  fragment FlowEditor_agent on Agent {\n    id\n    flow {\n      greeting\n      rules {\n        match\n        reply\n      }\n      fallback\n    }\n  }\n": types.FlowEditor_AgentFragmentDoc,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      name\n      ...AgentRow_agent\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  mutation RotateChannelToken($id: ID!) {\n    rotateChannelToken(id: $id) {\n      id\n      ...ChannelPanel_agent\n    }\n  }\n": types.RotateChannelTokenDocument,
    "\n  mutation SendMessage($agentId: ID!, $text: String!) {\n    sendMessage(agentId: $agentId, text: $text) {\n      replies {\n        text\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation UpdateAgentFlow($id: ID!, $flow: FlowInput!) {\n    updateAgentFlow(id: $id, flow: $flow) {\n      id\n      ...FlowEditor_agent\n    }\n  }\n": types.UpdateAgentFlowDocument,
    "\n  query AuditPage($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorEmail\n          action\n          summary\n          resourceType\n          resourceId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditPageDocument,
    "\n  fragment Session_user on User {\n    id\n    email\n    role\n    locale\n  }\n": types.Session_UserFragmentDoc,
    "\n  query Session {\n    me {\n      ...Session_user\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...Session_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment ExpiryBanner_resource on ExpiringResource {\n    resourceType\n    resourceId\n    name\n    status\n    expiresAt\n    daysLeft\n  }\n": types.ExpiryBanner_ResourceFragmentDoc,
    "\n  query ClockBanner {\n    platform {\n      clock {\n        status\n        highWater\n        observedAt\n      }\n    }\n  }\n": types.ClockBannerDocument,
    "\n  query ExpiringBanners($withinDays: Int!) {\n    expiringResources(withinDays: $withinDays) {\n      ...ExpiryBanner_resource\n    }\n  }\n": types.ExpiringBannersDocument,
    "\n  subscription ExpiryEvents {\n    expiringResources {\n      kind\n      resourceType\n      resourceId\n      name\n      expiresAt\n      daysLeft\n      threshold\n    }\n  }\n": types.ExpiryEventsDocument,
    "\n  fragment BindDialog_license on License {\n    id\n    mode\n    validityDays\n    permanent\n    licensee\n    activateBy\n  }\n": types.BindDialog_LicenseFragmentDoc,
    "\n  query BindDialogAgents($first: Int!, $after: String, $search: String) {\n    agents(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          expiresAt\n          permanent\n          daysLeft\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BindDialogAgentsDocument,
    "\n  mutation BindAgentLicense($licenseId: ID!, $agentId: ID!) {\n    bindAgentLicense(licenseId: $licenseId, agentId: $agentId) {\n      id\n      ...LicenseRow_license\n    }\n  }\n": types.BindAgentLicenseDocument,
    "\n  fragment LicenseRow_license on License {\n    id\n    type\n    mode\n    validityDays\n    permanent\n    licensee\n    orderId\n    status\n    autoGranted\n    startsAt\n    queued\n    endsAt\n    activateBy\n    uploadedAt\n    agent {\n      id\n      name\n      deleted\n    }\n    ...BindDialog_license\n  }\n": types.LicenseRow_LicenseFragmentDoc,
    "\n  query LicensesPage($first: Int!, $after: String, $status: LicenseStatus, $type: LicenseType) {\n    platform {\n      instanceId\n    }\n    licenses(first: $first, after: $after, status: $status, type: $type) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...LicenseRow_license\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LicensesPageDocument,
    "\n  fragment PackagePreview_preview on PackagePreview {\n    certificates {\n      id\n      type\n      validityDays\n      permanent\n      licensee\n      alreadyImported\n      startsAt\n      endsAt\n    }\n    platformBefore {\n      status\n      expiresAt\n      permanent\n    }\n    platformAfter {\n      status\n      expiresAt\n      permanent\n    }\n  }\n": types.PackagePreview_PreviewFragmentDoc,
    "\n  fragment UploadResult_license on License {\n    id\n    type\n    permanent\n    validityDays\n    autoGranted\n    status\n    startsAt\n    queued\n    endsAt\n    activateBy\n  }\n": types.UploadResult_LicenseFragmentDoc,
    "\n  mutation UploadLicensePackage($file: Upload!) {\n    uploadLicensePackage(file: $file) {\n      imported {\n        id\n        ...UploadResult_license\n      }\n      skipped {\n        id\n        ...UploadResult_license\n      }\n    }\n  }\n": types.UploadLicensePackageDocument,
    "\n  mutation PreviewLicensePackage($file: Upload!) {\n    previewLicensePackage(file: $file) {\n      valid\n      problems {\n        index\n        certificateId\n        code\n        message\n      }\n      ...PackagePreview_preview\n    }\n  }\n": types.PreviewLicensePackageDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    resourceType\n    resourceId\n    name\n    expiresAt\n    daysLeft\n    threshold\n    createdAt\n    read\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationIds($after: String) {\n    notifications(first: 100, after: $after, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UnreadNotificationIdsDocument,
    "\n  query PreferencesPage {\n    me {\n      id\n      emailReminders\n      locale\n    }\n    emailConfigured\n  }\n": types.PreferencesPageDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      emailReminders\n      locale\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  fragment RenewalPage_platform on Platform {\n    status\n    expiresAt\n    instanceId\n  }\n": types.RenewalPage_PlatformFragmentDoc,
    "\n  fragment PlatformSummary_platform on Platform {\n    status\n    expiresAt\n    permanent\n    daysLeft\n    unlimitedAgents\n  }\n": types.PlatformSummary_PlatformFragmentDoc,
    "\n  query ShellHeader {\n    platform {\n      ...PlatformSummary_platform\n    }\n    unreadNotificationCount\n  }\n": types.ShellHeaderDocument,
    "\n  query PlatformGate {\n    platform {\n      status\n      ...RenewalPage_platform\n    }\n  }\n": types.PlatformGateDocument,
    "\n  fragment CoverageTimeline_window on CoverageWindow {\n    licenseId\n    type\n    startsAt\n    endsAt\n    permanent\n    autoGranted\n  }\n": types.CoverageTimeline_WindowFragmentDoc,
    "\n  query PlatformCoverage {\n    platform {\n      expiresAt\n      permanent\n      coverage {\n        ...CoverageTimeline_window\n      }\n    }\n  }\n": types.PlatformCoverageDocument,
    "\n  query TrustedKeysPage {\n    trustedKeys {\n      kid\n      algorithm\n      fingerprint\n      source\n    }\n  }\n": types.TrustedKeysPageDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.DisableUserDocument,
    "\n  fragment UserRow_user on User {\n    id\n    email\n    role\n    disabled\n    createdAt\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query UsersPage {\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n": types.UsersPageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  fragment WebhookDeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n  }\n": types.WebhookDeliveryRow_DeliveryFragmentDoc,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...WebhookDeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    createdAt\n  }\n": types.WebhookEndpointRow_EndpointFragmentDoc,
    "\n  query WebhooksPage {\n    webhookEndpoints {\n      id\n      url\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n": types.WebhooksPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      status\n      expiresAt\n      permanent\n      daysLeft\n      createdAt\n      licenses {\n        id\n        ...LicenseRow_license\n      }\n      coverage {\n        ...CoverageTimeline_window\n      }\n      ...ChannelPanel_agent\n      ...FlowEditor_agent\n    }\n  }\n"): (typeof documents)["\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      status\n      expiresAt\n      permanent\n      daysLeft\n      createdAt\n      licenses {\n        id\n        ...LicenseRow_license\n      }\n      coverage {\n        ...CoverageTimeline_window\n      }\n      ...ChannelPanel_agent\n      ...FlowEditor_agent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRow_agent on Agent {\n    id\n    name\n    status\n    expiresAt\n    permanent\n    daysLeft\n    createdAt\n    licenseCount\n  }\n"): (typeof documents)["\n  fragment AgentRow_agent on Agent {\n    id\n    name\n    status\n    expiresAt\n    permanent\n    daysLeft\n    createdAt\n    licenseCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsPage($first: Int!, $after: String) {\n    agents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AgentRow_agent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsPage($first: Int!, $after: String) {\n    agents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...AgentRow_agent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelMessages($agentId: ID!, $first: Int!, $after: String) {\n    channelMessages(agentId: $agentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          text\n          reply\n          refused\n          source\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelMessages($agentId: ID!, $first: Int!, $after: String) {\n    channelMessages(agentId: $agentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          text\n          reply\n          refused\n          source\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelPanel_agent on Agent {\n    id\n    channelToken\n  }\n"): (typeof documents)["\n  fragment ChannelPanel_agent on Agent {\n    id\n    channelToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlowEditor_agent on Agent {\n    id\n    flow {\n      greeting\n      rules {\n        match\n        reply\n      }\n      fallback\n    }\n  }\n"): (typeof documents)["\n  fragment FlowEditor_agent on Agent {\n    id\n    flow {\n      greeting\n      rules {\n        match\n        reply\n      }\n      fallback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      name\n      ...AgentRow_agent\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      name\n      ...AgentRow_agent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateChannelToken($id: ID!) {\n    rotateChannelToken(id: $id) {\n      id\n      ...ChannelPanel_agent\n    }\n  }\n"): (typeof documents)["\n  mutation RotateChannelToken($id: ID!) {\n    rotateChannelToken(id: $id) {\n      id\n      ...ChannelPanel_agent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($agentId: ID!, $text: String!) {\n    sendMessage(agentId: $agentId, text: $text) {\n      replies {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($agentId: ID!, $text: String!) {\n    sendMessage(agentId: $agentId, text: $text) {\n      replies {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgentFlow($id: ID!, $flow: FlowInput!) {\n    updateAgentFlow(id: $id, flow: $flow) {\n      id\n      ...FlowEditor_agent\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgentFlow($id: ID!, $flow: FlowInput!) {\n    updateAgentFlow(id: $id, flow: $flow) {\n      id\n      ...FlowEditor_agent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorEmail\n          action\n          summary\n          resourceType\n          resourceId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorEmail\n          action\n          summary\n          resourceType\n          resourceId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Session_user on User {\n    id\n    email\n    role\n    locale\n  }\n"): (typeof documents)["\n  fragment Session_user on User {\n    id\n    email\n    role\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...Session_user\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...Session_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...Session_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...Session_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpiryBanner_resource on ExpiringResource {\n    resourceType\n    resourceId\n    name\n    status\n    expiresAt\n    daysLeft\n  }\n"): (typeof documents)["\n  fragment ExpiryBanner_resource on ExpiringResource {\n    resourceType\n    resourceId\n    name\n    status\n    expiresAt\n    daysLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClockBanner {\n    platform {\n      clock {\n        status\n        highWater\n        observedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClockBanner {\n    platform {\n      clock {\n        status\n        highWater\n        observedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringBanners($withinDays: Int!) {\n    expiringResources(withinDays: $withinDays) {\n      ...ExpiryBanner_resource\n    }\n  }\n"): (typeof documents)["\n  query ExpiringBanners($withinDays: Int!) {\n    expiringResources(withinDays: $withinDays) {\n      ...ExpiryBanner_resource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExpiryEvents {\n    expiringResources {\n      kind\n      resourceType\n      resourceId\n      name\n      expiresAt\n      daysLeft\n      threshold\n    }\n  }\n"): (typeof documents)["\n  subscription ExpiryEvents {\n    expiringResources {\n      kind\n      resourceType\n      resourceId\n      name\n      expiresAt\n      daysLeft\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BindDialog_license on License {\n    id\n    mode\n    validityDays\n    permanent\n    licensee\n    activateBy\n  }\n"): (typeof documents)["\n  fragment BindDialog_license on License {\n    id\n    mode\n    validityDays\n    permanent\n    licensee\n    activateBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BindDialogAgents($first: Int!, $after: String, $search: String) {\n    agents(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          expiresAt\n          permanent\n          daysLeft\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BindDialogAgents($first: Int!, $after: String, $search: String) {\n    agents(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          expiresAt\n          permanent\n          daysLeft\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindAgentLicense($licenseId: ID!, $agentId: ID!) {\n    bindAgentLicense(licenseId: $licenseId, agentId: $agentId) {\n      id\n      ...LicenseRow_license\n    }\n  }\n"): (typeof documents)["\n  mutation BindAgentLicense($licenseId: ID!, $agentId: ID!) {\n    bindAgentLicense(licenseId: $licenseId, agentId: $agentId) {\n      id\n      ...LicenseRow_license\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseRow_license on License {\n    id\n    type\n    mode\n    validityDays\n    permanent\n    licensee\n    orderId\n    status\n    autoGranted\n    startsAt\n    queued\n    endsAt\n    activateBy\n    uploadedAt\n    agent {\n      id\n      name\n      deleted\n    }\n    ...BindDialog_license\n  }\n"): (typeof documents)["\n  fragment LicenseRow_license on License {\n    id\n    type\n    mode\n    validityDays\n    permanent\n    licensee\n    orderId\n    status\n    autoGranted\n    startsAt\n    queued\n    endsAt\n    activateBy\n    uploadedAt\n    agent {\n      id\n      name\n      deleted\n    }\n    ...BindDialog_license\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicensesPage($first: Int!, $after: String, $status: LicenseStatus, $type: LicenseType) {\n    platform {\n      instanceId\n    }\n    licenses(first: $first, after: $after, status: $status, type: $type) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...LicenseRow_license\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LicensesPage($first: Int!, $after: String, $status: LicenseStatus, $type: LicenseType) {\n    platform {\n      instanceId\n    }\n    licenses(first: $first, after: $after, status: $status, type: $type) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...LicenseRow_license\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackagePreview_preview on PackagePreview {\n    certificates {\n      id\n      type\n      validityDays\n      permanent\n      licensee\n      alreadyImported\n      startsAt\n      endsAt\n    }\n    platformBefore {\n      status\n      expiresAt\n      permanent\n    }\n    platformAfter {\n      status\n      expiresAt\n      permanent\n    }\n  }\n"): (typeof documents)["\n  fragment PackagePreview_preview on PackagePreview {\n    certificates {\n      id\n      type\n      validityDays\n      permanent\n      licensee\n      alreadyImported\n      startsAt\n      endsAt\n    }\n    platformBefore {\n      status\n      expiresAt\n      permanent\n    }\n    platformAfter {\n      status\n      expiresAt\n      permanent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadResult_license on License {\n    id\n    type\n    permanent\n    validityDays\n    autoGranted\n    status\n    startsAt\n    queued\n    endsAt\n    activateBy\n  }\n"): (typeof documents)["\n  fragment UploadResult_license on License {\n    id\n    type\n    permanent\n    validityDays\n    autoGranted\n    status\n    startsAt\n    queued\n    endsAt\n    activateBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadLicensePackage($file: Upload!) {\n    uploadLicensePackage(file: $file) {\n      imported {\n        id\n        ...UploadResult_license\n      }\n      skipped {\n        id\n        ...UploadResult_license\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadLicensePackage($file: Upload!) {\n    uploadLicensePackage(file: $file) {\n      imported {\n        id\n        ...UploadResult_license\n      }\n      skipped {\n        id\n        ...UploadResult_license\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewLicensePackage($file: Upload!) {\n    previewLicensePackage(file: $file) {\n      valid\n      problems {\n        index\n        certificateId\n        code\n        message\n      }\n      ...PackagePreview_preview\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewLicensePackage($file: Upload!) {\n    previewLicensePackage(file: $file) {\n      valid\n      problems {\n        index\n        certificateId\n        code\n        message\n      }\n      ...PackagePreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    resourceType\n    resourceId\n    name\n    expiresAt\n    daysLeft\n    threshold\n    createdAt\n    read\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    resourceType\n    resourceId\n    name\n    expiresAt\n    daysLeft\n    threshold\n    createdAt\n    read\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationIds($after: String) {\n    notifications(first: 100, after: $after, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationIds($after: String) {\n    notifications(first: 100, after: $after, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesPage {\n    me {\n      id\n      emailReminders\n      locale\n    }\n    emailConfigured\n  }\n"): (typeof documents)["\n  query PreferencesPage {\n    me {\n      id\n      emailReminders\n      locale\n    }\n    emailConfigured\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      emailReminders\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      emailReminders\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RenewalPage_platform on Platform {\n    status\n    expiresAt\n    instanceId\n  }\n"): (typeof documents)["\n  fragment RenewalPage_platform on Platform {\n    status\n    expiresAt\n    instanceId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlatformSummary_platform on Platform {\n    status\n    expiresAt\n    permanent\n    daysLeft\n    unlimitedAgents\n  }\n"): (typeof documents)["\n  fragment PlatformSummary_platform on Platform {\n    status\n    expiresAt\n    permanent\n    daysLeft\n    unlimitedAgents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellHeader {\n    platform {\n      ...PlatformSummary_platform\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query ShellHeader {\n    platform {\n      ...PlatformSummary_platform\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformGate {\n    platform {\n      status\n      ...RenewalPage_platform\n    }\n  }\n"): (typeof documents)["\n  query PlatformGate {\n    platform {\n      status\n      ...RenewalPage_platform\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageTimeline_window on CoverageWindow {\n    licenseId\n    type\n    startsAt\n    endsAt\n    permanent\n    autoGranted\n  }\n"): (typeof documents)["\n  fragment CoverageTimeline_window on CoverageWindow {\n    licenseId\n    type\n    startsAt\n    endsAt\n    permanent\n    autoGranted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformCoverage {\n    platform {\n      expiresAt\n      permanent\n      coverage {\n        ...CoverageTimeline_window\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformCoverage {\n    platform {\n      expiresAt\n      permanent\n      coverage {\n        ...CoverageTimeline_window\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedKeysPage {\n    trustedKeys {\n      kid\n      algorithm\n      fingerprint\n      source\n    }\n  }\n"): (typeof documents)["\n  query TrustedKeysPage {\n    trustedKeys {\n      kid\n      algorithm\n      fingerprint\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    email\n    role\n    disabled\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    email\n    role\n    disabled\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage {\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  query UsersPage {\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        ...WebhookEndpointRow_endpoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      ...WebhookDeliveryRow_delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryRow_delivery on WebhookDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...WebhookDeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...WebhookDeliveryRow_delivery\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksPage {\n    webhookEndpoints {\n      id\n      url\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"): (typeof documents)["\n  query WebhooksPage {\n    webhookEndpoints {\n      id\n      url\n      ...WebhookEndpointRow_endpoint\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;