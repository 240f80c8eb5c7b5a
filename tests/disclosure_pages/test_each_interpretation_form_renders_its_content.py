"""政策解读制度 第三条: each form carries fitting content, and the public page renders it — 问答 as
question/answer pairs, 图解 with alt text and a text version, 视频 served by the site (only while the
interpretation is live) with WebVTT captions, 访谈 with speakers and transcript, 专家解读 with the
expert's name and title. A page of a form without its content is refused with a clear message."""

import pytest
import wagtail_factories
from django.core.cache import cache
from django.core.exceptions import ValidationError
from wagtail.utils.sendfile import _get_sendfile

from page_files.libraries import library_collection
from tests.factories import InterpretationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def file_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"
    cache.clear()
    _get_sendfile.clear()
    yield
    _get_sendfile.clear()


def interpretation(portal, form, content):
    return InterpretationPageFactory(
        parent=portal.categories["regulations"], interpretation_form=form, interpretation_content=content
    )


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_question_and_answer_pairs(portal, client):
    page = interpretation(portal, "qa", [
        ("question_answer", {"question": "哪些数据可以共享？", "answer": "除法律法规另有规定外，政务数据以共享为原则。"}),
        ("question_answer", {"question": "申请共享需要多长时间？", "answer": "5个工作日内答复。"}),
    ])
    html = html_of(client, page)
    assert "问：哪些数据可以共享？" in html and "答：除法律法规另有规定外" in html and "问：申请共享需要多长时间？" in html


def test_graphic_with_alt_text_and_text_version(portal, client):
    image = wagtail_factories.ImageFactory(title="图解", collection=library_collection(_section(portal)))
    page = interpretation(portal, "graphic", [
        ("graphic", {"image": image, "alt_text": "一图读懂政务数据共享办法", "text_version": "一、共享原则\n二、共享流程"}),
    ])
    html = html_of(client, page)
    assert 'alt="一图读懂政务数据共享办法"' in html and "图解文字版" in html and "二、共享流程" in html


def _section(portal):
    from tests.factories import SectionFactory

    return SectionFactory(name="大数据发展科", code="bigdata")


def document(section, name, data):
    return wagtail_factories.DocumentFactory(
        collection=library_collection(section), title=name, file__filename=name, file__data=data
    )


def test_video_is_served_by_the_site_with_captions_only_while_live(portal, client):
    section = _section(portal)
    video = document(section, "jiedu.mp4", b"\x00\x00\x00\x18ftypmp42")
    captions = document(section, "jiedu.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n各位网友大家好\n".encode())
    page = InterpretationPageFactory(
        parent=portal.categories["regulations"], publisher=section, interpretation_form="video",
        interpreted_document__publisher=section,
        interpretation_content=[("video", {"video": video, "captions": captions, "description": "三分钟看懂办法"})],
    )
    html = html_of(client, page)
    assert f'<video controls preload="metadata" src="{video.url}">' in html
    assert f'<track kind="captions" srclang="zh-Hans" label="中文字幕" src="{captions.url}" default>' in html
    assert client.get(video.url).status_code == 200 and client.get(captions.url).status_code == 200
    page.withdraw("解读内容已更新。")
    assert client.get(video.url).status_code == 404


def test_video_must_be_a_video_with_webvtt_captions(portal):
    section = _section(portal)
    not_video = document(section, "jiedu.pdf", b"%PDF-1.4")
    page = InterpretationPageFactory.build(interpretation_form="video")
    block = page.interpretation_content.stream_block.child_blocks["video"]
    with pytest.raises(ValidationError) as refused:
        block.clean({"video": not_video, "captions": not_video, "description": ""})
    assert "MP4 或 WebM" in str(refused.value.block_errors) and "WebVTT" in str(refused.value.block_errors)


def test_interview_with_speakers_and_transcript(portal, client):
    page = interpretation(portal, "online_interview", [("interview", {
        "occasion": "“政务公开面对面”在线访谈",
        "speakers": [{"name": "王明", "role": "大数据发展科科长"}, {"name": "李娜", "role": "主持人"}],
        "transcript": [{"speaker": "李娜", "words": "请介绍办法出台的背景。"},
                       {"speaker": "王明", "words": "办法是为规范政务数据共享制定的。"}],
    })])
    html = html_of(client, page)
    assert "访谈嘉宾：王明（大数据发展科科长）" in html and "<strong>王明：</strong>办法是为规范政务数据共享制定的。" in html


def test_expert_name_and_title(portal, client):
    page = interpretation(portal, "expert", [("expert", {
        "name": "张华", "title": "宁夏大学信息工程学院教授", "opinion": "办法明确了共享责任。",
    })])
    html = html_of(client, page)
    assert "解读专家：张华（宁夏大学信息工程学院教授）" in html and "办法明确了共享责任。" in html


def test_a_form_without_its_content_is_refused_when_edited_and_at_submission(portal):
    from moderation.interpretations import plan_blockers

    page = InterpretationPageFactory(parent=portal.categories["regulations"], live=False)
    page.interpretation_form = "qa"
    with pytest.raises(ValidationError, match="解读形式为「政策问答」，解读内容中须至少有一项「问答」"):
        page.full_clean()
    page.save_revision(clean=False)  # e.g. saved by a script: the 送审 refuses it
    assert plan_blockers(page) == ["解读形式为「政策问答」，解读内容中须至少有一项「问答」"]
