from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from operations.importing import (
    ImportProblem,
    ImportRun,
    find_category,
    find_section,
    parse_date,
    read_metadata,
)


class Command(BaseCommand):
    help = (
        "从文件夹导入 .txt/.html/.docx 文件为公开条目草稿（可附 CSV 元数据：file,title,文号,生成日期,category,section）。"
        "--published 用于原网站已公开的信息：直接发布并记录迁移来源，这是唯一不经保密审查流程的发布方式。"
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="待导入文件所在文件夹")
        parser.add_argument("--csv", help="元数据 CSV（默认使用文件夹中的 metadata.csv，如存在）")
        parser.add_argument("--category", help="默认栏目（slug 或标题）")
        parser.add_argument("--section", help="默认发布机构（科室代码或名称）")
        parser.add_argument("--date", help="默认生成日期 YYYY-MM-DD")
        parser.add_argument("--published", action="store_true", help="原网站已公开的信息：导入后直接发布并留存迁移记录")
        parser.add_argument("--user", help="执行导入的用户名（记录在修订和迁移记录中）")

    def handle(self, *args, path, csv, category, section, date, published, user, **options):
        folder = Path(path)
        if not folder.is_dir():
            raise CommandError(f"文件夹不存在：{folder}")
        try:
            csv_path = Path(csv) if csv else folder / "metadata.csv"
            metadata = read_metadata(csv_path) if csv_path.exists() else {}
            run = ImportRun(
                folder=folder.resolve(),
                metadata=metadata,
                default_category=find_category(category, None) if category else None,
                default_section=find_section(section, None) if section else None,
                default_date=parse_date(date, "--date"),
                published=published,
                user=get_user_model().objects.get(username=user) if user else None,
            )
        except ImportProblem as problem:
            raise CommandError(str(problem)) from problem
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"用户不存在：{user}") from error

        files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != csv_path.name)
        imported, failed = 0, []
        for file in files:
            if file.suffix.lower() == ".csv":
                continue
            try:
                item = run.import_file(file)
            except ImportProblem as problem:
                failed.append((file.name, str(problem)))
                self.stderr.write(f"✗ {file.name}：{problem}")
            else:
                imported += 1
                state = "已发布" if published else "草稿"
                self.stdout.write(f"✓ {file.name} → {item.index_number}「{item.title}」（{state}）")
        self.stdout.write(f"导入完成：成功 {imported} 个，失败 {len(failed)} 个。")
        if failed:
            raise CommandError(f"{len(failed)} 个文件未导入：" + "、".join(name for name, _ in failed))
