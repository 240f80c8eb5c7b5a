from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="图片")
    alt_text = blocks.CharBlock(label="替代文字", help_text="供读屏软件朗读，描述图片内容")
    caption = blocks.CharBlock(label="图片说明", required=False)

    class Meta:
        icon = "image"
        label = "图片"
        template = "blocks/image_with_caption.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="文件")
    title = blocks.CharBlock(label="显示名称", required=False)

    class Meta:
        icon = "doc-full"
        label = "附件"
        template = "blocks/attachment.html"


class PaperApplicationBlock(blocks.StaticBlock):
    """Where and when to hand in or post a paper application: from the portal settings (联系地址,
    邮政编码, 电话, 办公时间), so the guide and the request pages never disagree with the footer."""

    class Meta:
        icon = "mail"
        label = "书面申请联系方式"
        admin_text = "显示门户设置中的联系地址、邮政编码、电话和办公时间。"
        template = "blocks/paper_applications.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label="小标题", form_classname="title", template="blocks/heading.html")
    paragraph = blocks.RichTextBlock(
        label="正文",
        features=["bold", "italic", "ol", "ul", "link", "document-link", "hr", "h3", "h4"],
    )
    table = TableBlock(label="表格", template="blocks/table.html")
    image = ImageWithCaptionBlock()
    attachment = AttachmentBlock()
    paper_applications = PaperApplicationBlock()

    class Meta:
        block_counts = {}
