using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Share = table.Column<string>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TimelinessPass = table.Column<bool>(type: "INTEGER", nullable: true),
                    TimelinessNote = table.Column<string>(type: "TEXT", nullable: true),
                    ResponsibilityPass = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResponsibilityNote = table.Column<string>(type: "TEXT", nullable: true),
                    ReplyQualityPass = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReplyQualityNote = table.Column<string>(type: "TEXT", nullable: true),
                    SatisfactionPass = table.Column<bool>(type: "INTEGER", nullable: true),
                    SatisfactionNote = table.Column<string>(type: "TEXT", nullable: true),
                    AuditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AuditorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuditorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentBackReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_accountability",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    MeasureNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_accountability", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "improvement_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseIds = table.Column<string>(type: "TEXT", nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CheckAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_improvement_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReporterStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandlingNote = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teaching_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Background = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Complaint = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teaching_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "improvement_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false)
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
