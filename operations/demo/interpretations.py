"""Demo interpretations (政策解读制度): every normative document carries its plan and an interpretation
with real content in one of several forms; one document waits at the leader's step together with its
interpretation, so that ``leader`` approves both in one action."""

from django.core.files.base import ContentFile
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.images import get_image_model

from disclosure_pages.models import CategoryPage, DisclosureItemPage, InterpretationForm, InterpretationPage
from page_files.libraries import library_collection

from .files import _png


def demo_plan(planned_on, form):
    """The 解读方案 of a normative demo document (政策解读制度 第四条（一））."""
    return {
        "plan_outline": "一、制定背景和依据；二、主要内容和创新举措；三、适用范围和实施时间；四、需要说明的问题。",
        "plan_form": form,
        "plan_channel": "门户网站“政策解读”栏目、“中卫云数”政务新媒体",
        "planned_on": planned_on,
    }


def _subject(document):
    return document.title.replace("关于印发《", "").replace("》的通知", "")


def _question_answers(subject):
    return [
        ("question_answer", {"question": f"为什么要制定《{subject}》？",
                             "answer": "近年来我市政务数据汇聚规模持续扩大，但部门间数据标准不一、共享流程不畅、安全责任不清等问题"
                                       "仍然存在。为贯彻落实自治区关于数字政府建设的部署，结合我市实际，制定本文件。"}),
        ("question_answer", {"question": "文件适用于哪些单位？",
                             "answer": "适用于全市各级行政机关和依法承担公共管理职能的事业单位；供水、供电、燃气、公共交通等"
                                       "公共服务企业参照执行。"}),
        ("question_answer", {"question": "群众和企业能从中得到什么便利？",
                             "answer": "已经提交过的证照和材料不再重复提交，由部门通过共享平台调取核验；"
                                       "企业开办、不动产登记等高频事项办理时间平均压缩一半以上。"}),
        ("question_answer", {"question": "文件什么时候开始施行？",
                             "answer": "自印发之日起30日后施行，有效期五年。施行中遇到的问题，可致电局办公室咨询。"}),
    ]


def _expert(subject):
    return [("expert", {
        "name": "马立新", "title": "宁夏大学信息工程学院教授、自治区数字政府建设专家咨询委员会委员",
        "opinion": f"《{subject}》有三个亮点。一是明确了“以共享为原则、不共享为例外”，把共享责任落实到每一个数据提供部门；"
                   "二是建立了数据目录动态更新机制，目录每季度更新一次，解决了“有数据找不到”的问题；"
                   "三是把数据安全贯穿采集、传输、使用全过程，对敏感数据实行分级授权，做到共享与安全并重。\n"
                   "建议各部门在落实中加强人员培训，尽快完成存量数据的编目和质量治理。",
    })]


def _interview(subject):
    return [("interview", {
        "occasion": f"“政务公开面对面”在线访谈：《{subject}》",
        "speakers": [{"name": "周建华", "role": "市云计算和大数据发展局副局长"},
                     {"name": "刘敏", "role": "大数据发展科科长"},
                     {"name": "陈晨", "role": "主持人"}],
        "transcript": [
            {"speaker": "陈晨", "words": "各位网友大家好，欢迎收看今天的在线访谈。首先请周局长介绍一下文件出台的背景。"},
            {"speaker": "周建华", "words": "这份文件是在广泛征求部门、企业和群众意见的基础上形成的，核心目的是让数据多跑路、"
                                         "群众少跑腿，同时守住数据安全底线。"},
            {"speaker": "陈晨", "words": "有网友问，文件施行后企业办事会有哪些变化？"},
            {"speaker": "刘敏", "words": "最直接的变化是材料减少。营业执照、身份证明等共享平台已经汇聚的材料，窗口直接调取，"
                                       "企业不再需要复印提交。"},
            {"speaker": "陈晨", "words": "感谢两位嘉宾，今天的访谈到此结束。"},
        ],
    })]


def _graphic(subject, document, seed):
    image = get_image_model().objects.create(
        title=f"一图读懂《{subject}》", collection=library_collection(document.publisher),
        file=ContentFile(_png(seed), name=f"jiedu-{document.pk}.png"),
    )
    return [("graphic", {
        "image": image, "alt_text": f"一图读懂《{subject}》：制定背景、主要内容、办理流程和施行时间",
        "text_version": "一、制定背景：落实数字政府建设部署，解决数据共享难、标准不一的问题。\n"
                        "二、主要内容：共享目录、申请流程、使用规范、安全责任四个方面，共五章二十八条。\n"
                        "三、办理流程：提出申请—数据提供部门5个工作日内答复—平台授权调用。\n"
                        "四、施行时间：自印发之日起30日后施行。",
    })]


def _written_body(subject):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in (
        f"近日，我局印发了《{subject}》。现就有关内容解读如下。",
        "一、制定背景。为贯彻落实国家和自治区关于加快数字政府建设的部署，规范和促进政务数据管理和应用，制定本文件。",
        "二、主要内容。文件共五章，分别对总则、职责分工、管理要求、安全保障和附则作出规定。",
        "三、需要说明的问题。文件施行前已经开展的工作，按原规定执行完毕；此后按本文件执行。",
    )]


FORMS = [
    InterpretationForm.QA, InterpretationForm.EXPERT, InterpretationForm.ONLINE_INTERVIEW,
    InterpretationForm.GRAPHIC, InterpretationForm.WRITTEN,
]


def interpretation_of(document, form, seed):
    """An unsaved interpretation of ``document`` in ``form``, with content fitting that form."""
    subject = _subject(document)
    content = {
        InterpretationForm.QA: lambda: _question_answers(subject),
        InterpretationForm.EXPERT: lambda: _expert(subject),
        InterpretationForm.ONLINE_INTERVIEW: lambda: _interview(subject),
        InterpretationForm.GRAPHIC: lambda: _graphic(subject, document, seed),
        InterpretationForm.WRITTEN: lambda: [],
    }[form]()
    label = dict(InterpretationForm.choices)[form]
    return InterpretationPage(
        live=False, title=f"《{subject}》{label}", slug=f"jiedu-{document.pk}", publisher=document.publisher,
        creation_date=document.creation_date, interpreted_document=document, interpretation_form=form,
        summary=f"以{label}形式解读《{subject}》的制定背景、主要内容和实施要求。",
        body=_written_body(subject), interpretation_content=content,
    )


def build_interpretations(documents, parent, publish):
    """Each (already published) normative document's interpretation, published with it."""
    for index, document in enumerate(documents):
        interpretation = interpretation_of(document, document.plan_form or FORMS[index % len(FORMS)], index)
        interpretation.publication_date = document.publication_date
        parent.add_child(instance=interpretation)
        publish(interpretation)


WAITING_TITLE = "关于印发《中卫市公共数据授权运营管理办法（试行）》的通知"


def build_interpretation_review_example(home, section, team):
    """A normative document and its 问答 interpretation, both past step 3: ``leader`` finds them in
    待我审查 and approves both in one action on the document's review record (三同步)."""
    today = timezone.localdate()
    normative = CategoryPage.objects.descendant_of(home).get(title="规范性文件")
    interpretations = CategoryPage.objects.descendant_of(home).get(title="政策解读")
    document = DisclosureItemPage(
        live=False, title=WAITING_TITLE, slug="jiedu-demo-document", publisher=section, creation_date=today,
        document_number=f"卫云数发〔{today.year}〕99号", is_normative=True,
        summary="规范公共数据授权运营的范围、程序和安全要求。",
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in (
            "各科室、各有关单位：《中卫市公共数据授权运营管理办法（试行）》已经局务会议审议通过，现印发给你们，请认真贯彻执行。",
            "第一条　为规范公共数据授权运营，促进公共数据有序开发利用，制定本办法。",
        )],
        **demo_plan(today, InterpretationForm.QA),
    )
    normative.add_child(instance=document)
    interpretation = interpretation_of(document, InterpretationForm.QA, 7)
    interpretation.slug = "jiedu-demo-interpretation"
    interpretations.add_child(instance=interpretation)
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for page in (document, interpretation):
            page.save_revision(user=team[0])
            page.get_workflow().start(page, team[0])
            for user in team[:3]:
                current = type(page).objects.get(pk=page.pk)
                current.current_workflow_task.on_action(
                    current.current_workflow_task_state, user, "approve",
                    decision="proactive", grounds=[], comment="同意主动公开，解读方案可行。",
                )
