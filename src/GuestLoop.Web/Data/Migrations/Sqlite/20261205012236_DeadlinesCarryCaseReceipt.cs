using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlinesCarryCaseReceipt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CaseReceivedAt",
                table: "case_deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing deadlines take their case's receipt instant before the index is built.
            migrationBuilder.Sql("""UPDATE case_deadlines SET "CaseReceivedAt" = (SELECT c."ReceivedAt" FROM cases c WHERE c."Id" = case_deadlines."CaseId")""");

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines",
                column: "CaseReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_CaseReceivedAt",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "CaseReceivedAt",
                table: "case_deadlines");
        }
    }
}
