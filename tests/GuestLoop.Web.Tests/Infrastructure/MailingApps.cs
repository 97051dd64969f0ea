namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// A test app whose e-mails go to a recorder, so a request that sends one is answered as in a deployment with a mail
/// server; it still starts from the seeded template.
/// </summary>
public sealed class MailingSqliteApp : SqliteApp
{
    public MailingSqliteApp() => Emails = new RecordingEmailSender();
}

/// <inheritdoc cref="MailingSqliteApp"/>
public sealed class MailingPostgresApp : PostgresApp
{
    public MailingPostgresApp() => Emails = new RecordingEmailSender();
}
