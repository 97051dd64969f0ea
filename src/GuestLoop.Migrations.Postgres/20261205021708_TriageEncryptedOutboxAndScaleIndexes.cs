using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TriageEncryptedOutboxAndScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_ReceivedAt",
                table: "cases");

            migrationBuilder.AlterColumn<string>(
                name: "To",
                table: "sms_outbox",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CaseReceivedAt",
                table: "case_deadlines",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing deadlines take their case's receipt instant before the index on it is built.
            migrationBuilder.Sql("""UPDATE case_deadlines SET "CaseReceivedAt" = (SELECT c."ReceivedAt" FROM cases c WHERE c."Id" = case_deadlines."CaseId")""");

            migrationBuilder.CreateTable(
                name: "triage_keywords",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_triage_keywords", x => x.EnterpriseId);
                });

            migrationBuilder.CreateTable(
                name: "triage_models",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slot = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TrainingCases = table.Column<int>(type: "integer", nullable: false),
                    HeldOutCases = table.Column<int>(type: "integer", nullable: false),
                    CategoryAccuracy = table.Column<double>(type: "double precision", nullable: false),
                    SeverityAccuracy = table.Column<double>(type: "double precision", nullable: false),
                    CategoryModel = table.Column<byte[]>(type: "bytea", nullable: true),
                    SeverityModel = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_triage_models", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_AnsweredAt",
                table: "surveys",
                column: "AnsweredAt")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId", "Csat", "Nps" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases",
                columns: new[] { "ReceivedAt", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_cases_PropertyId_ReceivedAt",
                table: "cases",
                columns: new[] { "PropertyId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_ReceivedAt",
                table: "cases",
                column: "ReceivedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "PropertyId", "DepartmentId", "Kind", "Category", "Channel", "ReopenCount", "GuestId" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_reopened_ReceivedAt",
                table: "cases",
                column: "ReceivedAt",
                filter: "\"ReopenCount\" >= 1")
                .Annotation("Npgsql:IndexInclude", new[] { "PropertyId", "DepartmentId", "ReopenCount" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Status_Kind_ReceivedAt",
                table: "cases",
                columns: new[] { "Status", "Kind", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines",
                column: "CaseReceivedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "PropertyId", "Stage", "StartedAt", "DueAt", "MetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_unmet",
                table: "case_deadlines",
                columns: new[] { "DueAt", "CaseId" },
                filter: "\"MetAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_triage_models_EnterpriseId_Slot",
                table: "triage_models",
                columns: new[] { "EnterpriseId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_triage_models_EnterpriseId_StartedAt",
                table: "triage_models",
                columns: new[] { "EnterpriseId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "triage_keywords");

            migrationBuilder.DropTable(
                name: "triage_models");

            migrationBuilder.DropIndex(
                name: "IX_surveys_AnsweredAt",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_ReceivedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_PropertyId_ReceivedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_ReceivedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_reopened_ReceivedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Status_Kind_ReceivedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines");

            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_unmet",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "CaseReceivedAt",
                table: "case_deadlines");

            migrationBuilder.AlterColumn<string>(
                name: "To",
                table: "sms_outbox",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.CreateIndex(
                name: "IX_cases_ReceivedAt",
                table: "cases",
                column: "ReceivedAt");
        }
    }
}
