"""The content of each interpretation form (政策解读制度 第三条): what a reader of that form expects."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .models.choices import InterpretationForm

VIDEO_EXTENSIONS = {"mp4", "webm"}
CAPTION_EXTENSIONS = {"vtt"}


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="问")
    answer = blocks.TextBlock(label="答")

    class Meta:
        icon = "help"
        label = "问答"
        template = "blocks/interpretation/question_answer.html"


class GraphicBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="图解图片")
    alt_text = blocks.CharBlock(label="替代文字", help_text="供读屏软件朗读，概括图片内容")
    text_version = blocks.TextBlock(label="文字版", help_text="图解的全部内容以文字写出，供无法看图的读者阅读")

    class Meta:
        icon = "image"
        label = "图解"
        template = "blocks/interpretation/graphic.html"


def _extension(document):
    return (document.file_extension or "").lower() if document else ""


class VideoBlock(blocks.StructBlock):
    """A video served by this site (no external player or CDN), with WebVTT captions."""

    video = DocumentChooserBlock(label="视频文件", help_text="MP4 或 WebM，由本站提供，仅在解读公开期间可访问")
    captions = DocumentChooserBlock(label="字幕文件", help_text="WebVTT（.vtt）格式的中文字幕")
    description = blocks.TextBlock(label="内容简介", required=False)

    class Meta:
        icon = "media"
        label = "视频"
        template = "blocks/interpretation/video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if _extension(value.get("video")) not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError("视频文件须为 MP4 或 WebM 格式。")
        if _extension(value.get("captions")) not in CAPTION_EXTENSIONS:
            errors["captions"] = ValidationError("字幕文件须为 WebVTT（.vtt）格式。")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="姓名")
    role = blocks.CharBlock(label="身份", help_text="例如：大数据发展科科长、主持人、记者")


class TurnBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(label="发言人")
    words = blocks.TextBlock(label="发言内容")


class InterviewBlock(blocks.StructBlock):
    """在线访谈 / 媒体专访: who spoke, and the transcript."""

    occasion = blocks.CharBlock(label="访谈名称", help_text="例如：“政务公开面对面”在线访谈、《中卫日报》专访")
    speakers = blocks.ListBlock(SpeakerBlock(), label="访谈嘉宾", min_num=1)
    transcript = blocks.ListBlock(TurnBlock(), label="文字实录", min_num=1)

    class Meta:
        icon = "group"
        label = "访谈"
        template = "blocks/interpretation/interview.html"


class ExpertBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="专家姓名")
    title = blocks.CharBlock(label="职务职称", help_text="例如：宁夏大学信息工程学院教授")
    opinion = blocks.TextBlock(label="解读内容")

    class Meta:
        icon = "user"
        label = "专家解读"
        template = "blocks/interpretation/expert.html"


class InterpretationContentBlock(blocks.StreamBlock):
    question_answer = QuestionAnswerBlock()
    graphic = GraphicBlock()
    video = VideoBlock()
    interview = InterviewBlock()
    expert = ExpertBlock()


# 政策解读制度 第三条: the block a page of each form must carry (撰稿解读 is the body text alone).
BLOCK_OF_FORM = {
    InterpretationForm.QA: "question_answer",
    InterpretationForm.GRAPHIC: "graphic",
    InterpretationForm.VIDEO: "video",
    InterpretationForm.ONLINE_INTERVIEW: "interview",
    InterpretationForm.MEDIA_INTERVIEW: "interview",
    InterpretationForm.EXPERT: "expert",
}
