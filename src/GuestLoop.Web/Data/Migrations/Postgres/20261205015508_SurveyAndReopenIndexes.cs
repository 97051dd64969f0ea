using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyAndReopenIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_surveys_AnsweredAt",
                table: "surveys",
                column: "AnsweredAt")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId", "Csat", "Nps" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_reopened_ReceivedAt",
                table: "cases",
                column: "ReceivedAt",
                filter: "\"ReopenCount\" >= 1")
                .Annotation("Npgsql:IndexInclude", new[] { "PropertyId", "DepartmentId", "ReopenCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_surveys_AnsweredAt",
                table: "surveys");

            migrationBuilder.DropIndex(
                name: "IX_cases_reopened_ReceivedAt",
                table: "cases");
        }
    }
}
