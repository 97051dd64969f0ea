using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuestLoop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_samples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimelinessPass = table.Column<bool>(type: "boolean", nullable: true),
                    TimelinessNote = table.Column<string>(type: "text", nullable: true),
                    ResponsibilityPass = table.Column<bool>(type: "boolean", nullable: true),
                    ResponsibilityNote = table.Column<string>(type: "text", nullable: true),
                    ReplyQualityPass = table.Column<bool>(type: "boolean", nullable: true),
                    ReplyQualityNote = table.Column<string>(type: "text", nullable: true),
                    SatisfactionPass = table.Column<bool>(type: "boolean", nullable: true),
                    SatisfactionNote = table.Column<string>(type: "text", nullable: true),
                    AuditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuditorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuditorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentBackReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_accountability",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    MeasureNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Evaluation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EvaluatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_accountability", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "improvement_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Analysis = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckAfterDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_improvement_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    PropertyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ReporterStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReporterContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandlingNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teaching_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Background = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Complaint = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Lessons = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teaching_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "improvement_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_improvement_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_improvement_progress_improvement_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "improvement_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_samples_CaseId",
                table: "audit_samples",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_samples_PropertyId_Year_Month_CaseId",
                table: "audit_samples",
                columns: new[] { "PropertyId", "Year", "Month", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_accountability_CaseId",
                table: "case_accountability",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_accountability_StaffId",
                table: "case_accountability",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_improvement_actions_OwnerId",
                table: "improvement_actions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_improvement_actions_State_DueOn",
                table: "improvement_actions",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_improvement_progress_ActionId",
                table: "improvement_progress",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_reports_CreatedAt",
                table: "supervision_reports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_teaching_cases_Category",
                table: "teaching_cases",
                column: "Category");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_samples");

            migrationBuilder.DropTable(
                name: "case_accountability");

            migrationBuilder.DropTable(
                name: "improvement_progress");

            migrationBuilder.DropTable(
                name: "supervision_reports");

            migrationBuilder.DropTable(
                name: "teaching_cases");

            migrationBuilder.DropTable(
                name: "improvement_actions");
        }
    }
}
