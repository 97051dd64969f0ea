using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuestServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GuestId",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MergedIntoNumber",
                table: "cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PraisedNames",
                table: "cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Priority",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RecognisedAt",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "complainant_id_number_hash",
                table: "cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "complainant_phone_hash",
                table: "cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CasesLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_message_ids",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outgoing = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_message_ids", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "case_praised_staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_praised_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_praised_staff_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_search",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title_terms = table.Column<string>(type: "TEXT", nullable: false),
                    body_terms = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_search", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_search_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "channel_owners",
                columns: table => new
                {
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_owners", x => new { x.PropertyId, x.Channel });
                });

            migrationBuilder.CreateTable(
                name: "customer_settings",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepeatCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedCaseContactDays = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InactiveGuestDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_settings", x => x.EnterpriseId);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EarlierCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Similarity = table.Column<double>(type: "REAL", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duplicate_candidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guest_merges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MergedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MovedCaseIds = table.Column<string>(type: "TEXT", nullable: false),
                    SurvivorPropertyIdsBefore = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UndoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_merges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgeRange = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    pref_room_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    pref_floor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    pref_view = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    pref_diet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SpecialNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    PropertyIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepeatFlaggedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mail_receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MailboxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Uid = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_receipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mailboxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Tls = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtectedPassword = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUid = table.Column<long>(type: "INTEGER", nullable: false),
                    UidValidity = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailboxes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quarterly_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PropertyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HasPdf = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarterly_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseContactsRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitsRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    GuestsErased = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_words",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 30000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_words", x => x.EnterpriseId);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guest_care_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_care_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guest_care_actions_guests_GuestId",
                        column: x => x.GuestId,
                        principalTable: "guests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guest_consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guest_consents_guests_GuestId",
                        column: x => x.GuestId,
                        principalTable: "guests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guest_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Amount = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guest_visits_guests_GuestId",
                        column: x => x.GuestId,
                        principalTable: "guests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_complainant_phone_hash",
                table: "cases",
                column: "complainant_phone_hash");

            migrationBuilder.CreateIndex(
                name: "IX_cases_GuestId",
                table: "cases",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Kind_RecognisedAt",
                table: "cases",
                columns: new[] { "Kind", "RecognisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_alerts_Key",
                table: "alerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_PropertyId_CreatedAt",
                table: "alerts",
                columns: new[] { "PropertyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_message_ids_CaseId",
                table: "case_message_ids",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_praised_staff_CaseId",
                table: "case_praised_staff",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_praised_staff_StaffId",
                table: "case_praised_staff",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_case_search_case_id",
                table: "case_search",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_channel_owners_StaffId",
                table: "channel_owners",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_candidates_CaseId_EarlierCaseId",
                table: "duplicate_candidates",
                columns: new[] { "CaseId", "EarlierCaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_candidates_EarlierCaseId",
                table: "duplicate_candidates",
                column: "EarlierCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_care_actions_GuestId",
                table: "guest_care_actions",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_consents_GuestId",
                table: "guest_consents",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_merges_MergedId",
                table: "guest_merges",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_merges_SurvivorId",
                table: "guest_merges",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_visits_GuestId",
                table: "guest_visits",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_guests_EmailHash",
                table: "guests",
                column: "EmailHash");

            migrationBuilder.CreateIndex(
                name: "IX_guests_IdNumberHash",
                table: "guests",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_guests_LastActivityAt",
                table: "guests",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_guests_MergedIntoId",
                table: "guests",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_guests_Name",
                table: "guests",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_guests_PhoneHash",
                table: "guests",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_mail_receipts_CaseId",
                table: "mail_receipts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_mail_receipts_MailboxId_MessageKey",
                table: "mail_receipts",
                columns: new[] { "MailboxId", "MessageKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mailboxes_Name",
                table: "mailboxes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mailboxes_NextAttemptAt",
                table: "mailboxes",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_quarterly_reports_CreatedAt",
                table: "quarterly_reports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_retention_runs_Slot",
                table: "retention_runs",
                column: "Slot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_runs_StartedAt",
                table: "retention_runs",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_CaseId",
                table: "sms_outbox",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_SurveyId",
                table: "sms_outbox",
                column: "SurveyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "case_message_ids");

            migrationBuilder.DropTable(
                name: "case_praised_staff");

            migrationBuilder.DropTable(
                name: "case_search");

            migrationBuilder.DropTable(
                name: "channel_owners");

            migrationBuilder.DropTable(
                name: "customer_settings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "duplicate_candidates");

            migrationBuilder.DropTable(
                name: "guest_care_actions");

            migrationBuilder.DropTable(
                name: "guest_consents");

            migrationBuilder.DropTable(
                name: "guest_merges");

            migrationBuilder.DropTable(
                name: "guest_visits");

            migrationBuilder.DropTable(
                name: "mail_receipts");

            migrationBuilder.DropTable(
                name: "mailboxes");

            migrationBuilder.DropTable(
                name: "quarterly_reports");

            migrationBuilder.DropTable(
                name: "retention_runs");

            migrationBuilder.DropTable(
                name: "risk_words");

            migrationBuilder.DropTable(
                name: "sms_outbox");

            migrationBuilder.DropTable(
                name: "guests");

            migrationBuilder.DropIndex(
                name: "IX_cases_complainant_phone_hash",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_GuestId",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Kind_RecognisedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_MergedIntoId",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "GuestId",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "MergedIntoNumber",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PraisedNames",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "RecognisedAt",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "complainant_id_number_hash",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "complainant_phone_hash",
                table: "cases");
        }
    }
}
