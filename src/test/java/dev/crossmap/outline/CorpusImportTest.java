package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Markdown, mind-map and OPML file of the shared corpus ({@code ../shared/corpus/}, read in place, written
 * by other people) imports as its author meant it: the number of topics, and three topics each with its parent,
 * checked against the file by hand ({@code "label@line < parent@line"}, an empty parent for a top-level topic).
 * Differences from the corpus README's heuristic counts are deliberate: table rows (cs-ossu, devops-og-aws,
 * ds-awesome-datascience) stay in notes, compound lines add their parts, mind-map nodes without text fold into
 * their parent.
 */
class CorpusImportTest {
    /**
     * What one file holds.
     *
     * @param file   the corpus file
     * @param topics how many topics it imports to
     * @param checks "label@line < parent@line" for a few topics
     */
    record Expected(String file, int topics, List<String> checks) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Expected row(String file, int topics, String... checks) {
        return new Expected(file, topics, List.of(checks));
    }

    static Stream<Expected> files() {
        return Stream.of(
                row("backend-apisec-ru.md", 83, "Для частных API, разрешите доступ только с IP-адресов/хостов из белого списка@22 < Доступ@16", "Зафиксируйте Content-Type для вашего ответа, если вы возвращаете application/json, тогда запрос должен быть в application/json@61 < Ответ@55", "Whitelist allowed queries in production when possible@104 < GraphQL-Specific Security@100"),
                row("backend-awesome-python.md", 792, "funasr@171 < Speech@169", "Code Analysis@604 < Code Analysis@600", "arcade@978 < Game Frameworks@974"),
                row("backend-brianmsane.md", 86, "Conditional statements@25 < Language Knowledge (Python Specifics)@20", "HTTP (Methods, status codes, headers)@64 < API Development, Authentication, and Authorization@59", "Testing@104 < Important Frameworks, Libraries, and Modules in Python@95"),
                row("backend-charlax.md", 1893, "TechYaks@306 < Articles@298", "Challenging projects every programmer should try@1153 < Exercises@1145", "🧰 Services Engineering Reading List@2073 < Reading lists@2068"),
                row("backend-javaguide-zh.md", 270, "ArrayBlockingQueue 核心源码分析@82 < 集合@66", "NoSQL 基础知识总结@223 < 基础@220", "ZooKeeper@382 < 分布式@362"),
                row("backend-mouredev-es.md", 77, "Lección 5 - Strings@33 < Curso de fundamentos desde cero@19", "Lección 02 - API y FastAPI@76 < Backend desde cero@66", "Tutorial oficial de Python en Español@152 < Enlaces de interés@149"),
                row("backend-nodebestpractices-he.md", 166, "השתמשו ב Async-Await או הבטחות לניהול שגיאות אסינכרוניות@326 < ניהול שגיאות@324", "Use tools that automatically detect vulnerabilities@947 < עלייה לאוויר@825", "Clean NODE_MODULE cache@1529 < דוקר@1379"),
                row("backend-nodebestpractices.md", 224, "Distinguish catastrophic errors from operational errors@357 < Error Handling Practices@333", "Monitoring@865 < Going To Production Practices@863", "Set memory limits using both Docker and v8@1511 < Docker Best Practices@1423"),
                row("backend-tobetopjavaer-zh.md", 1019, "List<Object>和原始类型List之间的区别?@338 < 泛型@322", "什么是OR Mapping@1066 < Hibernate@1064", "分布式缓存@1745 < 分布式@1691"),
                row("backend-yasenstar.mm", 107, "Loops for Automating Repetitive Tasks@108 < Loops and Lists@107", "eval@221 < Flexible User Input with eval and exec@208", "Protected Class Attributes@276 < Classes@274"),
                row("coding-interview-university.md", 1446, "Free Coursera course that covers the book (taught by the authors!)@365 < Sedgewick and Wayne@363", "Skiena@1082 < NP, NP-Complete and Approximation Algorithms@1072", "AVL Tree Implementation (video)@1713 < AVL trees@1704"),
                row("cs-ossu.md", 82, "Match the curricular standards of the CS 2013: Curriculum Guidelines for Undergraduate Degree Programs in Computer Science@42 < Courses must@38", "Advanced math@105 < Advanced CS@100", "Explore borrowing and lifetimes through Rust, a systems language which achieves memory- and thread-safety without a garbage collector!@436 < Pay attention to emerging technologies in the world of software development@434"),
                row("devops-awesome-devops.md", 388, "Fakecloud@77 < Open Source Cloud Platforms@67", "Gitea@256 < Source Code Management@247", "CloudBot@438 < ChatOps@437"),
                row("devops-devopshive.md", 98, "DevOps Methodology - T-Shaped Skills DevOps Engineer@18 < Module 1: Welcome to the DevOps World@9", "Continuous Integration - CI Best Practices@59 < Module 4: Expand - Constructing a Shell@53", "Module Overview@100 < Module 7: Capstone Project@98"),
                row("devops-milanm.md", 267, "Python@101 < Resources@99", "Managing environment variables@267 < Learn CI/CD@257", "Artifactory@387 < Artifact management@387"),
                row("devops-og-aws.md", 19, "Why an Open Guide?@15 < Table of Contents@10", "High Availability@81 < Table of Contents@10", "Table: Service Matrix@96 < Table of Contents@10"),
                row("devops-phantas0s.mm", 359, "minikube version@73 < Interactive tutorial@70", "kubectl describe@278 < Detailed info about resource@277", "Step 2 - Load Balancing@514 < Interactive Tutorial@491"),
                row("devops-walidshaari.md", 100, "Peform a version upgrade on Kubernetes cluster using kubeadm@34 < Cluster Architecture, Installation, and Configuration@26", "Storage@117 < CKA 2023 Exam Objectives@20", "Kube Academy free How to prepare for the CKA exam training@272 < Popular training and practice sites@266"),
                row("ds-awesome-datascience.md", 737, "Microsoft Professional Program for Data Science@175 < MOOC's@154", "Advances in Evolutionary Algorithms@594 < Books@564", "Berkeley Institute for Data Science@971 < GitHub Groups@970"),
                row("ds-datasciencemasters.md", 145, "Math & Statistics@66 < 📖 The Core@40", "Data Visualization University of Washington / Slides & Resources@148 < Courses@147", "Mining Massive Data Sets / Stanford Course & Digital Textbook & Book $58@237 < Python Data Science Handbook@232"),
                row("ds-ossu.md", 55, "How to contribute@22 < Contents@14", "Multivariable Calculus@85 < Curriculum@77", "Pay attention to emerging technologies in the world of data science@208 < Congratulations@197"),
                row("freeplane-user-guide.mm", 1405, "menubar@1192 < To display/hide the F-Bar@1191", "Cloud color@4427 < Format properties that can be modified from Toolbar@4353", "Edit presentation name in the drop-down box@7067 < Create a new presentation@7065"),
                row("frontend-33jsconcepts.md", 84, "Web Platform@61 < Concepts@31", "Beyond 33: Extended Concepts@148 < ", "Intersection Observer@231 < Observer APIs@229"),
                row("frontend-mouredev-es.md", 163, "Ejercicios: primeros pasos@36 < Curso de fundamentos desde cero@14", "Métodos avanzados@107 < Curso de fundamentos intermedio (continuación del desde cero)@66", "Historia@185 < Enlaces de interés@182"),
                row("frontend-thedaviddias.md", 320, "📖 Browser configuration schema reference@177 < Meta tag@54", "Retina@492 < Best practices@473", "Focus style@751 < Accessibility testing@740"),
                row("math-awesome-math.md", 509, "Learning Platforms@87 < Start Here@85", "Graph Theory : Interactive Algorithm Visualizer | Graph Theory Learning Platform@317 < Graph Theory@313", "Mathematics for Machine Learning@554 < Mathematics for Machine Learning@552"),
                row("math-melmustafa.md", 75, "Multivariable Calculus@20 < Foundation Track A: Calculus Sequence@17", "Python 3.11+@73 < Prerequisites@71", "Improvements to the roadmap are welcome@126 < Contributing@124"),
                row("math-phantas0s.mm", 2131, "Loop through all x@1523 < ∀x∀yP(x,y)@1522", "Real numbers@3751 < Sequence of form@3749", "To show that P(n) must be true@5659 < Example@5650"),
                row("ml-alirezadir.md", 288, "Gradient descent (concept, formula, code)@54 < Optimization@53", "Mixture-of-Experts (MoE)@160 < Transformer & LLM internals@153", "ML Fundamentals Sample Questions@244 < "),
                row("ml-mlabonne.md", 267, "Neural Networks@122 < 🧩 LLM Fundamentals@74", "Human evaluation@258 < Evaluation@253", "Speculative decoding@400 < Inference optimization@394"),
                row("ml-yasenstar.mm", 38, "Ordinary Least Squares Complexity@94 < Ordinary Least Squares@91", "Dataset Transformations@111 < scikit-learn (user guide)@3", "Perceptron@124 < sklearn.linear_model@120"),
                row("ml-zuzoovn.md", 332, "What if I’m Not Good at Mathematics@113 < Don't feel you aren't smart enough@110", "Machine Learning for Hackers@258 < Video Series@257", "Machine Learning Guide@381 < Podcasts for Beginners@376"),
                row("opml-package-source.opml", 1274, "}@268 < else {@252", "else {@894 < fs.readFile (\"includes.opml\", function (err, opmltext) {@889", "s = s.toString();@1509 < else {@1501"),
                row("states.opml", 59, "Great Plains@27 < United States@18", "West Virginia@50 < Midwest@41", "Mississippi@74 < South@68"),
                row("sysdesign-ashishps1.md", 160, "API Gateway@36 < 🔌 API Fundamentals@34", "Design URL Shortener like TinyURL@102 < Easy@101", "codeKarle@163 < 📺 YouTube Channels@160"),
                row("sysdesign-binhnguyennus.md", 947, "Improving Distributed Caching Performance and Efficiency at Pinterest@155 < Distributed Caching@125", "Scaling Infrastructure and (Git) Workflow at Adyen@493 < Distributed Repositories, Dependencies, and Configurations Management@486", "Architecture of API Gateway at Uber@836 < Architecture@828"),
                row("sysdesign-doocs-zh.md", 116, "在项目中缓存是如何使用的？缓存如果使用不当会造成什么后果？@35 < 缓存@33", "分布式会话@94 < 分布式系统@65", "......@150 < Spring Cloud 微服务架构@139")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsWithTheTopicsAndParentsItsAuthorWrote(Expected expected) throws Exception {
        Roadmap map = new Importer().importFile(Corpus.file(expected.file())).roadmap();
        assertEquals(expected.topics(), map.size(), expected.file() + ": topics");
        for (String check : expected.checks()) {
            int lt = check.lastIndexOf(" < ");
            String child = check.substring(0, lt);
            String parent = check.substring(lt + 3);
            int at = child.lastIndexOf('@');
            Topic t = BundledRoadmapsImportTest.at(map, Integer.parseInt(child.substring(at + 1)), child.substring(0, at));
            List<String> ancestors = BundledRoadmapsImportTest.ancestors(map, t);
            assertEquals(parent, ancestors.isEmpty() ? "" : ancestors.get(0), expected.file() + ": parent of " + child);
        }
    }

    @Test
    void theTableCoversEveryMarkdownMindMapAndOpmlFileOfTheCorpus() throws Exception {
        List<String> inTable = files().map(Expected::file).toList();
        List<String> onDisk = LabelNoise.corpusFiles(Corpus.file("")).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(onDisk, inTable);
        assertTrue(onDisk.size() > 30, "over 30 files: " + onDisk.size());
    }

    @Test
    void noLabelOfAnyCorpusFileKeepsMarkupNumberingOrCommentsOrIsEmpty() throws Exception {
        List<String> noisy = new ArrayList<>();
        int labels = 0;
        for (Path f : LabelNoise.corpusFiles(Corpus.file(""))) {
            for (Topic t : new Importer().importFile(f).roadmap().topics()) {
                labels++;
                List<String> problems = LabelNoise.problems(t.label());
                if (!problems.isEmpty()) {
                    noisy.add(f.getFileName() + ":" + t.line() + " " + problems + " '" + t.label() + "'");
                }
            }
        }
        assertTrue(labels > 15_000, "labels read: " + labels);
        assertEquals(List.of(), noisy);
    }

    @Test
    void theNoiseRulesRecogniseWhatTheyLookFor() {
        // the property above is only worth something if its rules catch the noise they name
        assertEquals(List.of("marker"), LabelNoise.problems("- Docker"));
        assertEquals(List.of("checkbox"), LabelNoise.problems("[ ] Docker"));
        assertEquals(List.of("checkbox"), LabelNoise.problems("\u2705 Docker"));
        assertEquals(List.of("numbering"), LabelNoise.problems("1.1 Foreword"));
        assertEquals(List.of("numbering"), LabelNoise.problems("a) Big-O"));
        assertEquals(List.of("numbering"), LabelNoise.problems("16 - Variables"));
        assertEquals(List.of("link syntax"), LabelNoise.problems("[Git](https://git-scm.com)"));
        assertEquals(List.of("link syntax"), LabelNoise.problems("![\u2714] Structure"));
        assertEquals(List.of("// comment"), LabelNoise.problems("Pagination // return big lists in pages"));
        assertEquals(List.of("emphasis"), LabelNoise.problems("**Core** topics"));
        assertEquals(List.of("emphasis"), LabelNoise.problems("an *important* one"));
        assertEquals(List.of("html"), LabelNoise.problems("Pro Git <sup>FREE</sup>"));
        assertEquals(List.of("empty"), LabelNoise.problems(" "));
        for (String clean : List.of("Step 3: Testing", "Phase 2 \u2014 Databases", "__init__ vs __new__", "2024 roadmap",
                "CI/CD: GitHub Actions", "f(*args, **kwargs)", "https://example.com", "Use a .dockerignore file (include **/.git, etc.)")) {
            assertEquals(List.of(), LabelNoise.problems(clean), clean);
        }
    }
}
