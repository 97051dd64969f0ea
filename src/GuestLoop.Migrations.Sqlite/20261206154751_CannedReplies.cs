using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CannedReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "canned_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_canned_replies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_canned_replies_OwnerId",
                table: "canned_replies",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_canned_replies_Shared_PropertyId",
                table: "canned_replies",
                columns: new[] { "Shared", "PropertyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "canned_replies");
        }
    }
}
