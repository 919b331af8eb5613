teSearchFile("terms/72-65-70",[["repeatedly",[1,1,34],[]],["report",[1,1,42],[]],["representative",[1,1,8],[]],["republic",[1,2,2,2],[]],["republics",[1,1,2],[]]]);
